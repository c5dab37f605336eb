import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import PasskeyMail from '#mails/passkey_mail'
import HttpClient from '#tests/helpers/http_client'
import { SoftAuthenticator } from '#tests/helpers/soft_authenticator'
import { ageLogin, loggedInCustomer } from '#tests/functional/account/support'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import { logInDirectly } from '#tests/helpers/direct_login'
import { makeStaff } from '#tests/helpers/staff'

type Json = Record<string, any>

async function json(http: HttpClient, path: string): Promise<Json> {
  const response = await http.request('GET', path, {
    inertia: false,
    headers: { Accept: 'application/json' },
  })
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
  return (await response.json()) as Json
}

/** Adds a passkey the way the account page does: options, the authenticator's answer, the form. */
async function addPasskey(http: HttpClient, authenticator: SoftAuthenticator, name = '') {
  const options = await json(http, '/account/passkeys/options')
  return http.submit('/account/passkeys', {
    passkey: authenticator.register(options as never),
    name,
    next: 'account',
  })
}

/** Logs out and confirms a new magic link: the code step, where the passkey may answer. */
async function backAtTheCodeStep(
  http: HttpClient,
  mails: ReturnType<typeof mail.fake>,
  email: string
) {
  await http.submit('/logout', {})
  // A new browser: the trusted device of the first login would skip step 3.
  const fresh = new HttpClient(http.userAgent)
  const page = await requestAndConfirm(fresh, mails, email)
  return { fresh, page }
}

test.group('Passkeys | adding and removing on the account page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a passkey is added, listed, audited and mailed', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)

    const options = await json(http, '/account/passkeys/options')
    assert.equal(options.rp.id, 'localhost', 'the RP ID is the host of APP_URL')
    assert.equal(options.user.name, user.email)
    const page = await http.submit('/account/passkeys', {
      passkey: authenticator.register(options as never),
      name: 'Mein iPhone',
      next: 'account',
    })

    assert.equal(page.component, 'account/show')
    assert.equal(
      page.props.flash.success,
      'Der Passkey „Mein iPhone“ wurde hinzugefügt. Ab jetzt kannst du Anmeldungen damit bestätigen.'
    )
    assert.lengthOf(page.props.passkeys, 1)
    assert.include(page.props.passkeys[0], { name: 'Mein iPhone', lastUsedAt: null })
    const row = await db.from('passkeys').where('user_id', user.id).firstOrFail()
    assert.equal(row.credential_id, authenticator.id)
    assert.exists(
      await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', 'security.passkey_added')
        .first()
    )
    const sent = mails.mails.queued((m) => m instanceof PasskeyMail && m.kind === 'added')
    assert.lengthOf(sent, 1)
  })

  test('without a name the passkey is named after the browser', async ({ assert }) => {
    const mails = mail.fake()
    const { http } = await loggedInCustomer(mails)
    const page = await addPasskey(http, new SoftAuthenticator(http.baseUrl))
    assert.equal(page.props.passkeys[0].name, 'Chrome (Linux)')
  })

  test('an answer for another origin, a reused challenge or garbage is refused and nothing is stored', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)

    const options = await json(http, '/account/passkeys/options')
    const phished = await http.submit('/account/passkeys', {
      passkey: authenticator.register(options as never, { origin: 'https://evil.example' }),
      next: 'account',
    })
    assert.equal(
      phished.props.flash.error,
      'Dieser Passkey konnte nicht geprüft werden. Bitte versuch es noch einmal.'
    )

    // The challenge was taken by the refused answer: the same answer with the right origin comes too late.
    const late = await http.submit('/account/passkeys', {
      passkey: authenticator.register(options as never),
      next: 'account',
    })
    assert.equal(
      late.props.flash.error,
      'Die Anfrage ist abgelaufen. Bitte versuch es noch einmal.'
    )

    await json(http, '/account/passkeys/options')
    const garbage = await http.submit('/account/passkeys', { passkey: '{"id":1}', next: 'account' })
    assert.exists(garbage.props.flash.error)

    const tooLongName = await http.submit('/account/passkeys', {
      passkey: 'x',
      name: 'n'.repeat(61),
    })
    assert.exists(tooLongName.props.errors.name)
    assert.lengthOf(await db.from('passkeys').where('user_id', user.id), 0)
  })

  test('the same authenticator cannot be added twice', async ({ assert }) => {
    const mails = mail.fake()
    const { http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)
    await addPasskey(http, authenticator)

    const options = await json(http, '/account/passkeys/options')
    assert.deepEqual(
      options.excludeCredentials.map((c: Json) => c.id),
      [authenticator.id],
      'the browser is told which passkeys exist'
    )
    const again = await http.submit('/account/passkeys', {
      passkey: authenticator.register(options as never),
      next: 'account',
    })
    assert.equal(again.props.flash.error, 'Dieser Passkey ist schon hinzugefügt.')
  })

  test('removing a passkey needs it to be one of your own; it is audited and mailed', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const other = await loggedInCustomer(mails, 'Andere GmbH')
    await addPasskey(other.http, new SoftAuthenticator(other.http.baseUrl), 'Fremd')
    const foreign = await db.from('passkeys').where('user_id', other.user.id).firstOrFail()

    const response = await http.request('DELETE', `/account/passkeys/${foreign.id}`)
    assert.equal(response.status, 404)
    assert.exists(await db.from('passkeys').where('id', foreign.id).first())

    await addPasskey(http, new SoftAuthenticator(http.baseUrl), 'YubiKey')
    const own = await db.from('passkeys').where('user_id', user.id).firstOrFail()
    const page = await http.submit(`/account/passkeys/${own.id}`, {}, 'DELETE')
    assert.equal(page.props.flash.success, 'Der Passkey „YubiKey“ wurde entfernt.')
    assert.lengthOf(page.props.passkeys, 0)
    assert.exists(
      await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', 'security.passkey_removed')
        .first()
    )
    assert.lengthOf(
      mails.mails.queued((m) => m instanceof PasskeyMail && m.kind === 'removed'),
      1
    )
  })

  test('a guest gets no registration options', async ({ assert }) => {
    const http = new HttpClient()
    const response = await http.request('GET', '/account/passkeys/options', {
      inertia: false,
      headers: { Accept: 'application/json' },
    })
    assert.equal(response.status, 401, 'a JSON request without a session: 401, no options')
  })

  test('a login older than 15 minutes types the code again before adding a passkey', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    await ageLogin(user.id, 20)
    const account = await http.visit('/account')
    assert.isTrue(account.props.stepUpNeeded)
    const refused = await http.request('GET', '/account/passkeys/options', {
      inertia: false,
      headers: { Accept: 'application/json' },
    })
    assert.equal(refused.status, 403)
    const authenticator = new SoftAuthenticator(http.baseUrl)
    const sneaked = await http.submit('/account/passkeys', { passkey: '{}', next: 'account' })
    assert.equal(
      sneaked.props.flash.error,
      'Bitte bestätige zuerst mit dem aktuellen Code aus deiner App, dass du es bist.'
    )

    const near = [-1, 0, 1].map((step) => currentCode(secret, step))
    const bad = ['000000', '111111', '222222', '333333'].find((code) => !near.includes(code))
    const wrong = await http.submit('/account/confirm', { code: bad })
    assert.equal(
      wrong.props.errors.code,
      'Der Code stimmt nicht. Bitte gib den aktuellen Code aus deiner App ein.'
    )
    const failure = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', '2fa.failed')
      .firstOrFail()
    assert.equal(failure.meta.kind, 'step_up', 'counted like a wrong code at the login')

    // The login's code was just used; the next time step's code is what the app shows now.
    await db.from('users').where('id', user.id).update({ totp_last_step: null })
    const confirmed = await http.submit('/account/confirm', { code: currentCode(secret) })
    assert.isFalse(confirmed.props.stepUpNeeded)
    const page = await addPasskey(http, authenticator, 'Später dazu')
    assert.equal(page.props.passkeys[0].name, 'Später dazu')
  })
})

test.group('Passkeys | confirming a login', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('after the magic link, the passkey confirms the login and trusts the device', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)
    await addPasskey(http, authenticator, 'Laptop')

    const { fresh, page } = await backAtTheCodeStep(http, mails, user.email)
    assert.equal(page.component, 'auth/enter_code')
    assert.isTrue(page.props.hasPasskey)

    const options = await json(fresh, '/login/passkey/options')
    assert.deepEqual(
      options.allowCredentials.map((c: Json) => c.id),
      [authenticator.id]
    )
    const dashboard = await fresh.submit('/login/code', {
      passkey: authenticator.authenticate(options as never),
    })
    assert.equal(dashboard.component, 'dashboard')

    const completed = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'login.completed')
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(completed.meta.method, 'passkey')
    const passkey = await db.from('passkeys').where('user_id', user.id).firstOrFail()
    assert.isNotNull(passkey.last_used_at)
    assert.equal(Number(passkey.counter), 1)
    const devices = await db.from('trusted_devices').where('user_id', user.id)
    assert.lengthOf(devices, 2, 'the new browser is trusted for 30 days, like after a code')
  })

  test('a person without a passkey is not offered one, and gets no options', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const { fresh, page } = await backAtTheCodeStep(http, mails, user.email)
    assert.isFalse(page.props.hasPasskey)
    // An empty list would let the browser offer any passkey it holds for this site.
    const options = await fresh.request('GET', '/login/passkey/options', {
      inertia: false,
      headers: { Accept: 'application/json' },
    })
    assert.equal(options.status, 409)
  })

  test('one answer sent twice at once logs in once (a passkey that always counts 0)', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl, { countsUp: false })
    await addPasskey(http, authenticator)
    const { fresh } = await backAtTheCodeStep(http, mails, user.email)
    const devicesBefore = (await db.from('trusted_devices').where('user_id', user.id)).length

    const options = await json(fresh, '/login/passkey/options')
    const answer = authenticator.authenticate(options as never)
    const responses = await Promise.all(
      [1, 2].map(() => fresh.request('POST', '/login/code', { body: { passkey: answer } }))
    )
    const toDashboard = responses.filter((r) => r.headers.get('location') === '/dashboard')
    assert.lengthOf(toDashboard, 1, 'exactly one of the two finishes the login')
    const devices = await db.from('trusted_devices').where('user_id', user.id)
    assert.lengthOf(devices, devicesBefore + 1, 'one device trusted, not two')
  })

  test("a replayed answer, another origin, a stale counter or a stranger's passkey is refused and counted", async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)
    await addPasskey(http, authenticator)
    const stranger = await loggedInCustomer(mails, 'Fremd GmbH')
    const strangersKey = new SoftAuthenticator(stranger.http.baseUrl)
    await addPasskey(stranger.http, strangersKey)

    const { fresh } = await backAtTheCodeStep(http, mails, user.email)
    const options = await json(fresh, '/login/passkey/options')
    const answer = authenticator.authenticate(options as never)

    const phished = await fresh.submit('/login/code', {
      passkey: authenticator.authenticate(options as never, { origin: 'https://evil.example' }),
    })
    assert.equal(phished.component, 'auth/enter_code')
    assert.equal(
      phished.props.errors.passkey,
      'Dieser Passkey hat die Anmeldung nicht bestätigt. Versuch es noch einmal oder gib den Code aus deiner App ein. Du hast noch 4 Versuche.'
    )

    // The good answer to the same challenge comes after the challenge was used: refused.
    const replayed = await fresh.submit('/login/code', { passkey: answer })
    assert.equal(replayed.component, 'auth/enter_code')
    assert.include(replayed.props.errors.passkey, 'noch 3 Versuche')

    const foreignOptions = await json(fresh, '/login/passkey/options')
    const foreign = await fresh.submit('/login/code', {
      passkey: strangersKey.authenticate(foreignOptions as never),
    })
    assert.include(foreign.props.errors.passkey, 'noch 2 Versuche')

    // As after five logins: an answer whose counter went back comes from a copied authenticator.
    await db.from('passkeys').where('user_id', user.id).update({ counter: 5 })
    const staleOptions = await json(fresh, '/login/passkey/options')
    const stale = await fresh.submit('/login/code', {
      passkey: authenticator.authenticate(staleOptions as never, { counter: 3 }),
    })
    assert.include(stale.props.errors.passkey, 'noch einen Versuch', 'a counter that went back')

    const failures = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', '2fa.failed')
    assert.lengthOf(failures, 4)
    assert.isTrue(failures.every((event) => event.meta.kind === 'passkey'))

    const goodOptions = await json(fresh, '/login/passkey/options')
    const good = await fresh.submit('/login/code', {
      passkey: authenticator.authenticate(goodOptions as never, { counter: 6 }),
    })
    assert.equal(good.component, 'dashboard', 'the fifth try may still succeed')
    const passkey = await db.from('passkeys').where('user_id', user.id).firstOrFail()
    assert.equal(Number(passkey.counter), 6)
  })

  test('five bad passkey answers end the attempt like five wrong codes', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    const authenticator = new SoftAuthenticator(http.baseUrl)
    await addPasskey(http, authenticator)
    const { fresh } = await backAtTheCodeStep(http, mails, user.email)

    let page
    for (let i = 0; i < 5; i++) {
      const options = await json(fresh, '/login/passkey/options')
      page = await fresh.submit('/login/code', {
        passkey: authenticator.authenticate(options as never, { origin: 'https://evil.example' }),
      })
    }
    assert.equal(page!.component, 'auth/login')
    assert.equal(
      page!.props.flash.error,
      'Zu viele falsche Codes. Bitte fordere einen neuen Anmeldelink an.'
    )
    const options = await fresh.request('GET', '/login/passkey/options', { inertia: false })
    assert.equal(options.status, 302, 'no more options for a void attempt: back to step 1')
  })

  test('without a confirmed magic link there are no options and no login', async ({ assert }) => {
    const http = new HttpClient()
    await http.primeCsrf()
    const options = await http.request('GET', '/login/passkey/options', { inertia: false })
    assert.equal(options.status, 302)
    assert.match(options.headers.get('location')!, /\/login$/)
    const page = await http.submit('/login/code', { passkey: '{}' })
    assert.equal(page.component, 'auth/login')
  })
})

test.group('Passkeys | staff', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the security page lists them; a 2FA reset removes them', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    await addPasskey(http, new SoftAuthenticator(http.baseUrl), 'Handy')
    const staff = await logInDirectly(await makeStaff('admin'))

    const security = await staff.http.visit(`/admin/users/${user.id}/security`)
    assert.lengthOf(security.props.passkeys, 1)
    assert.equal(security.props.passkeys[0].name, 'Handy')

    const reset = await staff.http.submit(`/admin/users/${user.id}/two-factor/reset`, {
      reason: 'Handy verloren, neues Gerät',
      confirm: true,
    })
    assert.equal(reset.component, 'admin/users/security')
    assert.lengthOf(reset.props.passkeys, 0)
    assert.lengthOf(await db.from('passkeys').where('user_id', user.id), 0)
  })
})
