import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { enrol, requestAndConfirm } from '#tests/helpers/login'
import Allowlist from '#services/allowlist'
import { sessionEndReason } from '#services/session_policy'

const DEVICE_COOKIE = 'portal_device'

/** A customer who set up 2FA on this client (a trusted device) and logged out. */
async function enrolledThenLoggedOut() {
  const mails = mail.fake()
  const user = await makeCustomer()
  const http = new HttpClient()
  await enrol(http, mails, user.email)
  await http.submit('/logout', {})
  return { mails, user, http }
}

test.group('Login | trusted devices', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the device cookie is HttpOnly, SameSite=Lax, 30 days; only its hash is stored', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)
    const { currentCode } = await import('#tests/helpers/login')
    const response = await http.request('POST', '/login/setup', {
      body: { code: currentCode(setup.props.secret) },
    })
    const cookie = response.headers
      .getSetCookie()
      .find((c: string) => c.startsWith(`${DEVICE_COOKIE}=`))!
    assert.match(cookie, /HttpOnly/i)
    assert.match(cookie, /SameSite=Lax/i)
    assert.match(cookie, /Max-Age=2592000/)

    const device = await db.from('trusted_devices').where('user_id', user.id).first()
    const expiresInDays = (new Date(device.expires_at).getTime() - Date.now()) / 86_400_000
    assert.closeTo(expiresInDays, 30, 0.01)
    assert.lengthOf(device.secret_hash, 64)
    assert.notInclude(decodeURIComponent(cookie), device.secret_hash)
  })

  test('an expired device needs the code again', async ({ assert }) => {
    const { mails, user, http } = await enrolledThenLoggedOut()
    await db
      .from('trusted_devices')
      .where('user_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1000) })
    assert.equal((await requestAndConfirm(http, mails, user.email)).component, 'auth/enter_code')
  })

  test('a revoked device needs the code again', async ({ assert }) => {
    const { mails, user, http } = await enrolledThenLoggedOut()
    await db.from('trusted_devices').where('user_id', user.id).update({ revoked_at: new Date() })
    assert.equal((await requestAndConfirm(http, mails, user.email)).component, 'auth/enter_code')
  })

  test('a tampered device cookie is ignored', async ({ assert }) => {
    const { mails, user, http } = await enrolledThenLoggedOut()
    const value = http.cookies.get(DEVICE_COOKIE)!
    http.cookies.set(DEVICE_COOKIE, value.slice(0, -3) + (value.endsWith('abc') ? 'xyz' : 'abc'))
    assert.equal((await requestAndConfirm(http, mails, user.email)).component, 'auth/enter_code')
  })

  test("one user's device does not vouch for another user", async ({ assert }) => {
    const mails = mail.fake()
    const anna = await makeCustomer()
    const ben = await makeCustomer()
    const shared = new HttpClient()
    await enrol(shared, mails, anna.email)
    await shared.submit('/logout', {})
    await enrol(new HttpClient(), mails, ben.email)
    assert.equal((await requestAndConfirm(shared, mails, ben.email)).component, 'auth/enter_code')
  })
})

test.group('Login | sessions', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('logout ends the session but keeps the device trusted', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await enrol(http, mails, user.email)
    const sessionCookie = http.cookies.get('portal_session')

    const loggedOut = await http.submit('/logout', {})
    assert.equal(loggedOut.component, 'auth/login')
    assert.include(loggedOut.props.flash.success, 'abgemeldet')
    assert.equal((await http.visit('/dashboard')).component, 'auth/login')

    const replayed = new HttpClient()
    replayed.cookies.set('portal_session', sessionCookie!)
    assert.equal(
      (await replayed.visit('/dashboard')).component,
      'auth/login',
      'the old session id is dead'
    )

    assert.isNull((await db.from('trusted_devices').where('user_id', user.id).first()).revoked_at)
    assert.isNotNull(
      await db.from('audit_events').where('user_id', user.id).where('event', 'logout').first()
    )
  })

  test('the session id changes when the login completes', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    const anonymous = http.cookies.get('portal_session')
    await enrol(http, mails, user.email)
    assert.notEqual(http.cookies.get('portal_session'), anonymous)
    const rows = await db.from('sessions').where('user_id', String(user.id))
    assert.lengthOf(rows, 1, 'the session is tagged with its user')
  })

  test('a disabled user is logged out on the next request', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await enrol(http, mails, user.email)
    await db.from('users').where('id', user.id).update({ status: 'disabled' })
    const page = await http.visit('/dashboard')
    assert.equal(page.component, 'auth/login')
    assert.include(page.props.flash.error, 'deaktiviert')
  })

  test('a customer session ends when the device trust ends', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await enrol(http, mails, user.email)
    const row = await db.from('sessions').where('user_id', String(user.id)).first()
    await db
      .from('sessions')
      .where('id', row.id)
      .update({
        data: row.data.replace(
          /"sessionTrustUntil":\d+/,
          `"sessionTrustUntil":${Date.now() - 1000}`
        ),
      })
    const page = await http.visit('/dashboard')
    assert.equal(page.component, 'auth/login')
    assert.include(page.props.flash.error, 'abgelaufen')
  })

  test('anonymous visitors of the dashboard land on the login page', async ({ assert }) => {
    const page = await new HttpClient().visit('/dashboard')
    assert.equal(page.component, 'auth/login')
  })

  test('staff log in the same way and their sessions are short', async ({ assert }) => {
    const mails = mail.fake()
    const { user } = await Allowlist.allowStaff({ email: 'sam@agentur.test', name: 'Sam Support' })
    const http = new HttpClient()
    await enrol(http, mails, user.email)
    const dashboard = await http.visit('/dashboard')
    assert.equal(dashboard.component, 'admin/dashboard')
    assert.equal(dashboard.props.user.role, 'staff')
    assert.isNull(dashboard.props.user.organization)

    const row = await db.from('sessions').where('user_id', String(user.id)).first()
    await db
      .from('sessions')
      .where('id', row.id)
      .update({
        data: row.data.replace(
          /"sessionLastSeenAt":\d+/,
          `"sessionLastSeenAt":${Date.now() - 31 * 60_000}`
        ),
      })
    const idle = await http.visit('/dashboard')
    assert.equal(idle.component, 'auth/login')
    assert.include(idle.props.flash.error, '30 Minuten inaktiv')
  })
})

test.group('Session policy', () => {
  const staff = { status: 'active', role: 'staff' } as const
  const customer = { status: 'active', role: 'customer' } as const
  const hour = 3_600_000
  const now = Date.UTC(2026, 10, 29, 12)
  const day = 24 * hour

  test('customers stay until the device trust ends', ({ assert }) => {
    assert.isNull(
      sessionEndReason(customer, { startedAt: now - 29 * day, trustUntil: now + hour }, now)
    )
    assert.equal(
      sessionEndReason(customer, { startedAt: now - 30 * day, trustUntil: now }, now),
      'trust_expired'
    )
  })

  test('staff: 12 hours absolute, 30 minutes idle', ({ assert }) => {
    const trustUntil = now + 10 * day
    assert.isNull(
      sessionEndReason(
        staff,
        { startedAt: now - 11 * hour, trustUntil, lastSeenAt: now - 29 * 60_000 },
        now
      )
    )
    assert.equal(
      sessionEndReason(staff, { startedAt: now - 12 * hour, trustUntil, lastSeenAt: now }, now),
      'staff_absolute'
    )
    assert.equal(
      sessionEndReason(
        staff,
        { startedAt: now - hour, trustUntil, lastSeenAt: now - 30 * 60_000 },
        now
      ),
      'staff_idle'
    )
  })

  test('disabled users and sessions without login times end at once', ({ assert }) => {
    assert.equal(
      sessionEndReason(
        { ...customer, status: 'disabled' },
        { startedAt: now, trustUntil: now + day },
        now
      ),
      'disabled'
    )
    assert.equal(sessionEndReason(customer, {}, now), 'trust_expired')
  })

  test('a session ends on its next request once its device is revoked, even if the session row survived', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await enrol(http, mails, user.email)
    const page = await http.request('GET', '/dashboard')
    assert.equal(page.status, 200)
    assert.equal(page.headers.get('cache-control'), 'no-store', 'logged-in pages are never cached')

    // Only the device row changes, as when a request running during a revoke writes its session back.
    await db.from('trusted_devices').where('user_id', user.id).update({ revoked_at: new Date() })
    const ended = await http.request('GET', '/dashboard')
    assert.equal(ended.headers.get('clear-site-data'), '"cache"')
    const next = await http.visit(ended.headers.get('location')!)
    assert.equal(next.component, 'auth/login')
    assert.equal(next.props.flash.error, 'Dieses Gerät wurde abgemeldet. Bitte melde dich neu an.')
  })
})
