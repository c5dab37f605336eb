import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { recordAudit } from '#services/audit_log'
import { customerClient } from '#tests/helpers/plugin_testing'
import { allowMoreLinks, enrolWithCodes, loggedInStaff } from '#tests/functional/account/support'

type OwnEvent = {
  id: number
  event: string
  createdAt: string
  ip: string | null
  byAgency: boolean
}

test.group('Account | the page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a customer sees name, email, organization, 2FA state and only the fields picked for it', async ({
    assert,
  }) => {
    const { user, http } = await customerClient('Konto GmbH')
    const page = await http.visit('/account')

    assert.equal(page.component, 'account/show')
    assert.deepEqual(page.props.profile, {
      name: user.name,
      email: user.email,
      organization: 'Konto GmbH',
    })
    assert.isString(page.props.twoFactorSince)
    assert.properties(page.props, ['devices', 'recoveryCodes', 'events'])
    const json = JSON.stringify(page.props)
    assert.notInclude(json, 'totpSecret')
    assert.notInclude(json, 'secretHash')
    assert.notInclude(json, 'codeHash')
  })

  test('my own security events only, newest first, at most 20', async ({ assert }) => {
    const { user, http } = await customerClient('Konto GmbH')
    const { user: colleague } = await customerClient('Konto GmbH')
    await recordAudit('logout', { user: colleague, meta: { marker: 'colleague' } })
    for (let i = 0; i < 25; i++) await recordAudit('login.requested', { user })

    const events = (await http.visit('/account')).props.events as OwnEvent[]
    assert.lengthOf(events, 20)
    assert.isTrue(
      events.every((event, i) => i === 0 || event.id < events[i - 1].id),
      'newest first'
    )
    const own = await db
      .from('audit_events')
      .where('user_id', user.id)
      .orderBy('id', 'desc')
      .limit(20)
    assert.deepEqual(
      events.map((e) => e.id),
      own.map((row) => Number(row.id))
    )
    for (const event of events)
      assert.sameMembers(Object.keys(event), ['id', 'event', 'createdAt', 'ip', 'byAgency'])
  })

  test("a 2FA reset shows as done by the agency, without the staff's reason or address", async ({
    assert,
  }) => {
    const { http: admin } = await loggedInStaff('admin')
    const { user } = await customerClient('Sicherheit GmbH')
    const mails = mail.fake()
    await admin.visit(`/admin/users/${user.id}/security`)
    await admin.submit(`/admin/users/${user.id}/two-factor/reset`, {
      reason: 'Geheimer interner Grund 4711',
      confirm: true,
    })

    // The customer logs in again (2FA setup) and looks at the account page.
    await allowMoreLinks(user.email)
    const http = new HttpClient()
    await enrolWithCodes(http, mails, user.email)
    const page = await http.visit('/account')
    const reset = (page.props.events as OwnEvent[]).find(
      (event) => event.event === 'security.2fa_reset'
    )!
    assert.isTrue(reset.byAgency)
    assert.isNull(reset.ip)
    assert.notInclude(JSON.stringify(page.props), 'Geheimer interner Grund')
    assert.notInclude(JSON.stringify(page.props), 'Team ')
  })

  test('staff have an account page too (no organization)', async ({ assert }) => {
    const { user, http } = await loggedInStaff('agent')
    const page = await http.visit('/account')
    assert.equal(page.component, 'account/show')
    assert.equal(page.props.user.role, 'staff')
    assert.deepEqual(page.props.profile, { name: user.name, email: user.email, organization: null })
    assert.lengthOf(page.props.devices, 1)
    assert.isTrue(page.props.devices[0].current)
  })

  test('anonymous visitors are sent to the login', async ({ assert }) => {
    const page = await new HttpClient().visit('/account')
    assert.equal(page.component, 'auth/login')
  })
})
