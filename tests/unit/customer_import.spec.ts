import { test } from '@japa/runner'
import { classifyRows, parseCustomerList, splitCsvLine } from '#services/customer_import'
import type { AddressConflict } from '#services/allowlist'

const none = new Map<string, AddressConflict>()
const preview = (text: string, existing = none) => classifyRows(parseCustomerList(text), existing)

test.group('Customer import | parsing', () => {
  test('splits on comma or semicolon, whichever comes first, and honours quotes', ({ assert }) => {
    assert.deepEqual(splitCsvLine('anna@kunde.de,Anna Berger'), ['anna@kunde.de', 'Anna Berger'])
    assert.deepEqual(splitCsvLine('anna@kunde.de;Berger, Anna'), ['anna@kunde.de', 'Berger, Anna'])
    assert.deepEqual(splitCsvLine(' "anna@kunde.de" , "Berger, ""Anni"" Anna" '), [
      'anna@kunde.de',
      'Berger, "Anni" Anna',
    ])
    assert.deepEqual(splitCsvLine('"ben@kunde.de";"Ben; Ott"'), ['ben@kunde.de', 'Ben; Ott'])
    assert.deepEqual(splitCsvLine('cara@kunde.de'), ['cara@kunde.de'])
    assert.isNull(splitCsvLine('"dora@kunde.de,Dora'))
  })

  test('numbers lines as typed, skips empty lines, a BOM and an optional header', ({ assert }) => {
    const rows = parseCustomerList(
      '\uFEFFE-Mail;Name\r\n\r\nanna@kunde.de;Anna\n   \nben@kunde.de\n'
    )
    assert.deepEqual(
      rows.map((row) => [row.line, 'fields' in row ? row.fields : row.error]),
      [
        [3, ['anna@kunde.de', 'Anna']],
        [5, ['ben@kunde.de']],
      ]
    )
    assert.lengthOf(parseCustomerList('\n\n  \n'), 0)
    // "email" further down is not a header but an invalid line
    assert.lengthOf(parseCustomerList('anna@kunde.de\nemail,name'), 2)
  })
})

test.group('Customer import | classifying', () => {
  test('new, invalid (each reason) and duplicate within the list', ({ assert }) => {
    const lines = preview(
      [
        'email,name',
        'Anna@Kunde.de,Anna Berger',
        'no-address,Someone',
        ',Nobody',
        `eve@kunde.de,${'x'.repeat(201)}`,
        'fred@kunde.de,Müller, Fred',
        '"gina@kunde.de,Gina',
        'anna@kunde.de;Anna again',
        'hans@kunde.de;Hans;;',
      ].join('\n')
    )
    assert.deepEqual(
      lines.map((line) => [line.line, line.status, line.reason]),
      [
        [2, 'new', null],
        [3, 'invalid', 'email_invalid'],
        [4, 'invalid', 'email_missing'],
        [5, 'invalid', 'name_too_long'],
        [6, 'invalid', 'too_many_columns'],
        [7, 'invalid', 'unclosed_quote'],
        [8, 'duplicate', 'repeated'],
        [9, 'new', null],
      ]
    )
    assert.equal(lines[0].email, 'anna@kunde.de', 'addresses are lower-cased')
    assert.equal(lines[0].name, 'Anna Berger')
    assert.equal(lines[6].firstLine, 2)
    assert.equal(lines[7].name, 'Hans', 'trailing empty columns of spreadsheet exports are fine')
    assert.equal(lines[1].text, 'no-address,Someone', 'refused lines are shown as typed')
  })

  test('addresses already in the portal are duplicates, saying where they are', ({ assert }) => {
    const existing = new Map<string, AddressConflict>([
      ['member@kunde.de', { kind: 'member', userId: 1 }],
      ['other@andere.de', { kind: 'other_organization', organization: 'Andere AG' }],
      ['sam@agentur.de', { kind: 'staff' }],
    ])
    const lines = preview(
      'member@kunde.de\nOTHER@andere.de,Olga\nsam@agentur.de\nnew@kunde.de',
      existing
    )
    assert.deepEqual(
      lines.map((line) => [line.status, line.reason, line.organization]),
      [
        ['duplicate', 'member', undefined],
        ['duplicate', 'other_organization', 'Andere AG'],
        ['duplicate', 'staff', undefined],
        ['new', null, undefined],
      ]
    )
  })
})
