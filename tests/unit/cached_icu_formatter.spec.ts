import { test } from '@japa/runner'
import { IntlMessageFormat } from 'intl-messageformat'
import { CachedIcuFormatter } from '#services/cached_icu_formatter'

/** Issue 11: the formatter compiles each message once and formats exactly as the package's did. */
const messages = [
  'Hallo {name}',
  '{count, plural, one {# Anfrage wartet auf dich} other {# Anfragen warten auf dich}}',
  '{count, plural, =0 {Keine Rechnung} one {Eine Rechnung} other {# Rechnungen}} über {amount, number, ::currency/EUR}',
  'Fällig am {due, date, medium}',
  '{role, select, admin {Admin} other {Agent}} <b>ohne Tags</b>',
]

test.group('CachedIcuFormatter', () => {
  test('the same output as a fresh IntlMessageFormat, for every call and value', ({ assert }) => {
    const formatter = new CachedIcuFormatter()
    const due = new Date('2026-12-24T12:00:00Z')
    for (const locale of ['de', 'en']) {
      for (const message of messages) {
        for (const data of [
          { name: 'Clara', count: 0, amount: 12.5, due, role: 'admin' },
          { name: 'Dirk', count: 1, amount: 1000, due, role: 'agent' },
          { name: 'Eva', count: 7, amount: 0.99, due, role: 'x' },
        ]) {
          const expected = new IntlMessageFormat(message, locale, {}, { ignoreTag: true }).format(
            data
          )
          assert.equal(formatter.format(message, locale, data), expected, `${locale}: ${message}`)
        }
      }
    }
  })

  test('a message is compiled once per locale, and the cache has a limit', ({ assert }) => {
    const formatter = new CachedIcuFormatter()
    const message = '{count, plural, one {# Anfrage} other {# Anfragen}}'
    assert.equal(formatter.format(message, 'de', { count: 1 }), '1 Anfrage')
    assert.equal(formatter.format(message, 'de', { count: 2 }), '2 Anfragen')
    assert.equal(formatter.compiledMessages, 1)
    formatter.format(message, 'en', { count: 2 })
    assert.equal(formatter.compiledMessages, 2)
    for (let i = 0; i < 6_000; i++) formatter.format(`Nachricht ${i}`, 'de')
    assert.isAtMost(formatter.compiledMessages, 5_000)
  })
})
