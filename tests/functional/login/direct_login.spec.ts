import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { MessageBuilder } from '@adonisjs/core/helpers'
import NewDeviceMail from '#mails/new_device_mail'
import type User from '#models/user'
import HttpClient, { type InertiaPage } from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import { enrol } from '#tests/helpers/login'
import { logInDirectly } from '#tests/helpers/direct_login'

/** The data of the user's sessions (tagged with their id), as the store keeps it. */
async function sessionsOf(user: User) {
  const rows = await db.from('sessions').where('user_id', String(user.id))
  return rows.map((row) => new MessageBuilder().verify<Record<string, unknown>>(row.data, row.id)!)
}

/** What a login leaves in the database, without ids and times. */
async function traces(user: User) {
  await user.refresh()
  const events = await db
    .from('audit_events')
    .where('user_id', user.id)
    .orderBy('id')
    .select('event', 'ip', 'user_agent', 'meta')
  const devices = await db.from('trusted_devices').where('user_id', user.id).select('label')
  const codes = await db.from('recovery_codes').where('user_id', user.id).whereNull('used_at')
  const attempts = await db.from('login_attempts').where('user_id', user.id)
  return {
    user: {
      status: user.status,
      locale: user.locale,
      hasTotp: user.hasTotp,
      enrolled: user.totpEnabledAt !== null,
      loggedIn: user.lastLoginAt !== null,
    },
    events,
    devices: devices.map((d) => d.label),
    codes: codes.length,
    attempts: attempts.map((a) => ({
      confirmed: a.confirmed_at !== null,
      completed: a.completed_at !== null,
    })),
  }
}

/**
 * tests/helpers/direct_login.ts logs users in without the flow for the tests
 * that are not about logging in. These tests hold it to what the real flow
 * (over HTTP, as tests/functional/login/** walk it) leaves behind.
 */
test.group('Login | the tests’ direct login leaves what the real login leaves', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a first login: session, cookies, device, codes, audit trail', async ({ assert }) => {
    const mails = mail.fake()
    const real = await makeCustomer('Gleich GmbH')
    const realAgent = new HttpClient()
    await enrol(realAgent, mails, real.email)
    const direct = await makeCustomer('Gleich GmbH')
    const { http, codes } = await logInDirectly(direct)

    assert.sameMembers([...http.cookies.keys()], [...realAgent.cookies.keys()])
    const [realSession] = await sessionsOf(real)
    const [directSession] = await sessionsOf(direct)
    assert.sameMembers(Object.keys(directSession), Object.keys(realSession))
    assert.equal(directSession.auth_web, direct.id)

    const realTraces = await traces(real)
    const directTraces = await traces(direct)
    assert.deepEqual(directTraces, realTraces)
    assert.lengthOf(codes, 10)

    // The device mail of a real login went into the test's fake; the magic-link mail has no counterpart.
    const deviceMails = mails.mails.queued((m) => m instanceof NewDeviceMail)
    assert.sameMembers(
      deviceMails.map((m) => (m as NewDeviceMail).recipient),
      [real.email, direct.email]
    )
  })

  test('the http is where a real login leaves it: pages, forms (CSRF), the Inertia version', async ({
    assert,
  }) => {
    const user = await makeCustomer('Formular GmbH')
    const { http } = await logInDirectly(user)
    assert.notEqual(http.inertiaVersion, '')
    assert.isTrue(http.cookies.has('XSRF-TOKEN'))

    // Neither a 409 for the version nor a redirect to the login.
    const response = await http.request('GET', '/dashboard')
    assert.equal(response.status, 200)
    const page = (await response.json()) as InertiaPage
    assert.equal(page.component, 'dashboard')
    assert.equal(page.props.user.name, user.name)

    // A form is accepted (a missing or wrong CSRF token would not be): logging out.
    const loggedOut = await http.request('POST', '/logout', { body: {} })
    assert.oneOf(loggedOut.status, [302, 303])
    assert.equal((await http.visit('/dashboard')).component, 'auth/login')
  })

  test('staff land in the admin console; a second login of an enrolled user is one with the code on a new device', async ({
    assert,
  }) => {
    const staff = await makeStaff('agent')
    const first = await logInDirectly(staff)
    assert.equal((await first.http.visit('/')).component, 'admin/dashboard')

    const phone = new HttpClient(
      'Mozilla/5.0 (Linux; Android 15) Chrome/156.0 Mobile Safari/537.36'
    )
    const second = await logInDirectly(staff, phone)
    assert.equal(second.secret, first.secret)
    assert.deepEqual(second.codes, [])
    assert.equal((await phone.visit('/admin')).component, 'admin/dashboard')
    const { devices, events } = await traces(staff)
    assert.sameMembers(devices, ['Chrome (Linux)', 'Chrome (Android)'])
    assert.deepEqual(
      events.filter((e) => e.event === 'login.completed').map((e) => e.meta.method),
      ['enrolment', 'code']
    )
  })
})
