import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import type InvitationMail from '#mails/invitation_mail'
import Allowlist from '#services/allowlist'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import type HttpClient from '#tests/helpers/http_client'
import { auditEvents, makeOrganization, staffClient } from './helpers.js'

async function preview(
  http: HttpClient,
  organizationId: number,
  text: string,
  extra: Record<string, unknown> = {}
) {
  await http.visit(`/admin/organizations/${organizationId}/import`)
  return http.submit(`/admin/organizations/${organizationId}/import/preview`, { text, ...extra })
}

function confirm(
  http: HttpClient,
  organizationId: number,
  state: { text: string; preview: { fingerprint: string } },
  extra: Record<string, unknown> = {}
) {
  return http.submit(`/admin/organizations/${organizationId}/import`, {
    text: state.text,
    fingerprint: state.preview.fingerprint,
    ...extra,
  })
}

const emailsOf = async (organizationId: number) =>
  (await db.from('users').where('organization_id', organizationId).orderBy('email')).map(
    (row) => row.email as string
  )

test.group('Admin | import customers: preview', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the page states the limit; the preview shows every kind of line and changes nothing', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const organization = await makeOrganization()
    const other = await makeOrganization()
    const member = await makeCustomer(organization.name)
    const foreign = await makeCustomer(other.name)
    const staff = await makeStaff()

    const page = await http.visit(`/admin/organizations/${organization.id}/import`)
    assert.equal(page.component, 'admin/organizations/import')
    assert.equal(page.props.limit, 500)
    assert.isNull(page.props.state)

    const text = [
      'email;name',
      'neu1@import.test;Neu Eins',
      '',
      'kaputt',
      `${member.email};Schon da`,
      `${foreign.email};Woanders`,
      `${staff.email};Team`,
      'NEU1@import.test;Nochmal',
      '"neu2@import.test","Zwei, Neu"',
    ].join('\n')
    const previewed = await preview(http, organization.id, text)
    assert.equal(previewed.component, 'admin/organizations/import')
    const { state } = previewed.props
    assert.equal(state.text, text)
    assert.deepEqual(state.preview.counts, { new: 2, duplicate: 4, invalid: 1 })
    assert.deepEqual(
      state.preview.lines.map((line: any) => [line.line, line.status, line.reason]),
      [
        [2, 'new', null],
        [4, 'invalid', 'email_invalid'],
        [5, 'duplicate', 'member'],
        [6, 'duplicate', 'other_organization'],
        [7, 'duplicate', 'staff'],
        [8, 'duplicate', 'repeated'],
        [9, 'new', null],
      ]
    )
    assert.equal(state.preview.lines[3].organization, other.name)
    assert.equal(state.preview.lines[5].firstLine, 2)
    assert.equal(state.preview.lines[6].name, 'Zwei, Neu')
    assert.deepEqual(await emailsOf(organization.id), [member.email], 'a preview adds nobody')

    const reloaded = await http.visit(`/admin/organizations/${organization.id}/import`)
    assert.isNull(reloaded.props.state, 'the preview is shown once, not kept')
  })

  test('more than 500 lines, or an empty list, are refused under the field', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const lines = Array.from({ length: 501 }, (_, index) => `p${index}@import.test`)

    const tooMany = await preview(http, organization.id, ['email,name', ...lines].join('\n'))
    assert.equal(
      tooMany.props.errors.text,
      'Höchstens 500 Zeilen pro Import – die Liste hat 501. Teile sie bitte auf.'
    )
    assert.isNull(tooMany.props.state)

    const exactly = await preview(http, organization.id, lines.slice(0, 500).join('\n'))
    assert.equal(exactly.props.state.preview.counts.new, 500, '500 lines are fine')

    const empty = await preview(http, organization.id, '')
    assert.equal(empty.props.errors.text, 'Bitte füge mindestens eine Zeile ein.')
    const blank = await preview(http, organization.id, '\n  \n')
    assert.equal(blank.props.errors.text, 'Bitte füge mindestens eine Zeile ein.')
    const headerOnly = await preview(http, organization.id, 'email,name\n\n')
    assert.deepEqual(headerOnly.props.state.preview.counts, { new: 0, duplicate: 0, invalid: 0 })
    const nothing = await confirm(http, organization.id, headerOnly.props.state)
    assert.equal(nothing.props.flash.error, 'Es wurde nichts importiert: keine Zeile ist neu.')

    // a confirmation of a list over the limit imports nothing either
    const over = await confirm(http, organization.id, {
      text: lines.join('\n'),
      preview: { fingerprint: 'x'.repeat(64) },
    })
    assert.include(over.props.errors.text, 'Höchstens 500 Zeilen')
    assert.deepEqual(await emailsOf(organization.id), [])
  })
})

test.group('Admin | import customers: confirm', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('imports exactly the new lines, invites them, records the import', async ({ assert }) => {
    const { http, user: staff } = await staffClient('agent')
    const organization = await makeOrganization()
    const member = await makeCustomer(organization.name)
    const mails = mail.fake()
    const { props } = await preview(
      http,
      organization.id,
      `a@import.test,Anna\nkaputt\n${member.email}\nb@import.test`
    )

    const page = await confirm(http, organization.id, props.state, { invite: true })
    assert.equal(page.component, 'admin/organizations/show')
    assert.equal(page.props.flash.success, '2 Personen importiert, die Einladungen sind unterwegs.')
    assert.deepEqual(
      await emailsOf(organization.id),
      ['a@import.test', 'b@import.test', member.email].sort()
    )
    const anna = await db.from('users').where('email', 'a@import.test').first()
    assert.equal(anna.name, 'Anna')
    assert.equal(anna.status, 'invited')
    assert.equal(anna.role, 'customer')

    assert.sameMembers(
      (mails.mails.queued() as InvitationMail[]).map((m) => m.recipient),
      ['a@import.test', 'b@import.test']
    )
    const [imported] = await auditEvents('customers.imported', { organizationId: organization.id })
    assert.equal(imported.meta.count, 2)
    assert.equal(imported.actor_user_id, staff.id)
    assert.lengthOf(await auditEvents('customers.added', { userId: anna.id }), 1)
    assert.lengthOf(await auditEvents('customers.invited', { userId: anna.id }), 1)
  })

  test('without invitations no mail; a second submit of the same preview imports nothing', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const mails = mail.fake()
    const { props } = await preview(http, organization.id, 'c@import.test\nd@import.test', {
      invite: false,
    })
    assert.isFalse(props.state.invite)

    const first = await confirm(http, organization.id, props.state, { invite: false })
    assert.equal(first.props.flash.success, '2 Personen importiert.')
    assert.lengthOf(mails.mails.queued(), 0)

    const again = await confirm(http, organization.id, props.state, { invite: false })
    assert.equal(again.component, 'admin/organizations/import')
    assert.include(again.props.flash.error, 'Es wurde nichts importiert')
    assert.deepEqual(
      again.props.state.preview.counts,
      { new: 0, duplicate: 2, invalid: 0 },
      'the fresh preview'
    )
    assert.deepEqual(await emailsOf(organization.id), ['c@import.test', 'd@import.test'])
    assert.lengthOf(await auditEvents('customers.imported', { organizationId: organization.id }), 1)
  })

  test('a stale preview (an address added meanwhile) imports nothing and shows the new preview', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const other = await makeOrganization()
    const mails = mail.fake()
    const { props } = await preview(http, organization.id, 'e@import.test\nf@import.test')
    assert.equal(props.state.preview.counts.new, 2)

    await Allowlist.addCustomer(other, { email: 'f@import.test' })
    const page = await confirm(http, organization.id, props.state)
    assert.equal(page.component, 'admin/organizations/import')
    assert.include(page.props.flash.error, 'Seit der Vorschau hat sich etwas geändert')
    assert.deepEqual(page.props.state.preview.counts, { new: 1, duplicate: 1, invalid: 0 })
    assert.notEqual(page.props.state.preview.fingerprint, props.state.preview.fingerprint)
    assert.deepEqual(await emailsOf(organization.id), [], 'not even the line that is still new')
    assert.lengthOf(mails.mails.queued(), 0)

    // confirming the fresh preview works
    const done = await confirm(http, organization.id, page.props.state)
    assert.equal(done.component, 'admin/organizations/show')
    assert.deepEqual(await emailsOf(organization.id), ['e@import.test'])
  })

  test('a text edited after the preview does not match its fingerprint and imports nothing', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const { props } = await preview(http, organization.id, 'g@import.test')
    const page = await confirm(http, organization.id, {
      ...props.state,
      text: 'g@import.test\nh@import.test',
    })
    assert.include(page.props.flash.error, 'Seit der Vorschau hat sich etwas geändert')
    assert.deepEqual(await emailsOf(organization.id), [])
  })

  test('all or nothing: a failure on the last insert leaves none of the earlier lines', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const mails = mail.fake()
    const { props } = await preview(
      http,
      organization.id,
      'i@import.test\nj@import.test\nboom@import.test'
    )
    // What a concurrent insert of the same address looks like to the import: a unique violation.
    await db.rawQuery(`
      CREATE FUNCTION pg_temp.boom() RETURNS trigger AS $$
      BEGIN
        IF NEW.email = 'boom@import.test' THEN RAISE unique_violation USING MESSAGE = 'taken meanwhile'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`)
    await db.rawQuery(
      'CREATE TRIGGER boom BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION pg_temp.boom()'
    )

    const page = await confirm(http, organization.id, props.state)
    assert.equal(page.component, 'admin/organizations/import')
    assert.include(page.props.flash.error, 'Es wurde nichts importiert')
    assert.deepEqual(await emailsOf(organization.id), [], 'i@ and j@ were rolled back')
    assert.lengthOf(mails.mails.queued(), 0)
    assert.lengthOf(await auditEvents('customers.imported', { organizationId: organization.id }), 0)
  })

  test('an unknown organization is a 404', async ({ assert }) => {
    const { http } = await staffClient()
    await http.visit('/admin/organizations')
    assert.equal((await http.request('GET', '/admin/organizations/999999999/import')).status, 404)
    const response = await http.request('POST', '/admin/organizations/abc/import', {
      body: { text: 'k@import.test', fingerprint: 'x' },
    })
    assert.equal(response.status, 404)
    assert.isNull(await db.from('users').where('email', 'k@import.test').first())
  })
})
