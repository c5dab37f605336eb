import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import MagicLinkMail from '#mails/magic_link_mail'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { lastMagicLinkPath, tokenFromPath } from '#tests/helpers/login'
import { sha256Hex } from '#services/secret_token'
import portalConfig from '#config/portal'
import app from '@adonisjs/core/services/app'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'

test.group('Login | step 1: the email address', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('an allowlisted address gets a queued mail and the "check your mail" message', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()

    const page = await http.submit('/login', { email: `  ${user.email.toUpperCase()} ` })
    assert.equal(page.component, 'auth/login')
    assert.include(page.props.sent.message, user.email)
    assert.include(page.props.sent.message, '15 Minuten')
    mails.mails.assertQueued(MagicLinkMail, (m) => m.recipient === user.email)
    assert.lengthOf(mails.mails.sent(), 0, 'nothing is sent while the request waits')

    const token = tokenFromPath(lastMagicLinkPath(mails, user.email))
    assert.isAtLeast(Buffer.from(token, 'base64url').length, 16, 'at least 128 random bits')
    const attempt = await db.from('login_attempts').where('user_id', user.id).first()
    assert.equal(attempt.token_hash, sha256Hex(token), 'only the hash is stored')
    assert.notInclude(JSON.stringify(attempt), token)

    const audit = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'login.requested')
      .first()
    assert.isNotNull(audit.ip)
    assert.include(audit.user_agent, 'Chrome')
  })

  test('the mail has a confirm button, the 15-minute note and a text part', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    await http.submit('/login', { email: user.email })

    const [queued] = mails.mails.queued() as MagicLinkMail[]
    await queued.buildWithContents()
    const { message } = queued.message.toJSON()
    assert.isTrue(queued.message.hasTo(user.email))
    assert.equal(message.subject, `Deine Anmeldung bei ${portalConfig.name}`)
    assert.include(message.html, 'Anmeldung bestätigen')
    assert.include(message.html, 'href="' + queued.link + '"')
    assert.include(message.html, '15 Minuten')
    assert.include(message.html, 'einfach ignorieren')
    assert.include(message.text, queued.link)
  })

  test('an unknown address gets the seed message with the support address, and no mail', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()
    const page = await http.submit('/login', { email: 'fremd@irgendwo.test' })
    assert.equal(page.component, 'auth/login')
    assert.equal(
      page.props.errors.email,
      `Diese E-Mail-Adresse ist nicht gültig. Bitte schreib uns eine kurze E-Mail an ${portalConfig.supportEmail}.`
    )
    assert.isNull(page.props.sent)
    mails.mails.assertNoneQueued()
    assert.isNotNull(await db.from('audit_events').where('event', 'login.refused').first())
  })

  test('a disabled address is treated like an unknown one', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    await db.from('users').where('id', user.id).update({ status: 'disabled' })
    const http = new HttpClient()
    await http.primeCsrf()
    const page = await http.submit('/login', { email: user.email })
    assert.include(page.props.errors.email, 'nicht gültig')
    mails.mails.assertNoneQueued()
  })

  test('with LOGIN_REVEAL_UNKNOWN=false unknown and known addresses get the same neutral answer', async ({
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    const config = portalConfig as { revealUnknownAddresses: boolean }
    config.revealUnknownAddresses = false
    cleanup(() => {
      config.revealUnknownAddresses = true
    })
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()

    const unknown = await http.submit('/login', { email: 'fremd@irgendwo.test' })
    const known = await http.submit('/login', { email: user.email })
    assert.deepEqual(unknown.props.errors, {})
    assert.equal(
      unknown.props.sent.message.replace('fremd@irgendwo.test', 'X'),
      known.props.sent.message.replace(user.email, 'X')
    )
    assert.include(known.props.sent.message, 'Wenn')
    assert.lengthOf(mails.mails.queued(), 1)
  })

  test('a malformed address gets a field error and keeps nothing else', async ({ assert }) => {
    const http = new HttpClient()
    await http.primeCsrf()
    const page = await http.submit('/login', { email: 'kein-at-zeichen' })
    assert.equal(page.props.errors.email, 'Bitte gib eine gültige E-Mail-Adresse ein.')
    const empty = await http.submit('/login', {})
    assert.equal(empty.props.errors.email, 'Bitte fülle dieses Feld aus.')
  })

  test('English visitors get English messages', async ({ assert }) => {
    const http = new HttpClient()
    await http.visit('/login?lang=en')
    const page = await http.submit('/login', { email: 'nobody@nowhere.test' })
    assert.equal(page.props.locale, 'en')
    assert.include(page.props.errors.email, 'This email address is not valid')
  })

  test('at most 3 links per address from one IP in 15 minutes, then a clear wait', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    for (let i = 0; i < 3; i++) {
      const page = await http.submit('/login', { email: user.email })
      assert.isNotNull(page.props.sent)
    }
    const fourth = await http.submit('/login', { email: user.email })
    assert.match(
      fourth.props.errors.email,
      /Zu viele Anmeldeversuche\. Bitte versuche es in (\d+ Minuten|einer Minute) erneut\./
    )
    assert.lengthOf(mails.mails.queued(), 3)
    assert.isNotNull(await db.from('audit_events').where('event', 'login.rate_limited').first())
  })

  test("a stranger asking for a customer's links from elsewhere does not lock the customer out", async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const stranger = new HttpClient()
    await stranger.primeCsrf()
    const fromStranger = { 'X-Forwarded-For': '198.51.100.23' }
    for (let i = 0; i < 4; i++) {
      await stranger.request('POST', '/login', {
        body: { email: user.email },
        headers: fromStranger,
      })
    }
    // The stranger's fourth request was refused; the customer, asking from their own address, gets a link.
    assert.lengthOf(mails.mails.queued(), 3)
    const customer = new HttpClient()
    await customer.primeCsrf()
    const page = await customer.submit('/login', { email: user.email })
    assert.isNotNull(page.props.sent)
    assert.lengthOf(mails.mails.queued(), 4)
  })

  test('at most 20 links per address in 15 minutes however many IPs ask', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    const ask = (ip: string) =>
      http.request('POST', '/login', {
        body: { email: user.email },
        headers: { 'X-Forwarded-For': ip },
      })
    for (let i = 0; i < 20; i++) assert.equal((await ask(`203.0.113.${100 + i}`)).status, 302)
    const response = await ask('203.0.113.200')
    const page = await http.visit(response.headers.get('location')!)
    assert.include(page.props.errors.email, 'Zu viele Anmeldeversuche')
    assert.lengthOf(mails.mails.queued(), 20)
  }).timeout(60000)

  test('at most 30 requests per IP in 15 minutes, whatever the addresses', async ({ assert }) => {
    const http = new HttpClient()
    await http.primeCsrf()
    const headers = { 'X-Forwarded-For': '203.0.113.77' }
    for (let i = 0; i < 30; i++) {
      const response = await http.request('POST', '/login', {
        body: { email: `probe${i}@scan.test` },
        headers,
      })
      assert.equal(response.status, 302)
    }
    const response = await http.request('POST', '/login', {
      body: { email: 'probe-last@scan.test' },
      headers,
    })
    const page = await http.visit(response.headers.get('location')!)
    assert.include(page.props.errors.email, 'Zu viele Anmeldeversuche')
  }).timeout(60000)

  test('a form post without the CSRF token is refused and explained', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()

    const form = await http.request('POST', '/login', { body: { email: user.email }, csrf: false })
    const page = await http.visit(form.headers.get('location')!)
    assert.include(page.props.flash.error, 'Bitte versuche es noch einmal')
    mails.mails.assertNoneQueued()
    assert.isNull(await db.from('login_attempts').where('user_id', user.id).first())
  })

  test("another visitor's CSRF token is refused (one shield middleware serves every request)", async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const other = new HttpClient()
    await other.primeCsrf()
    const http = new HttpClient()
    await http.primeCsrf()

    const form = await http.request('POST', '/login', {
      body: { email: user.email },
      csrf: false,
      headers: { 'X-XSRF-TOKEN': decodeURIComponent(other.cookies.get('XSRF-TOKEN')!) },
    })
    const page = await http.visit(form.headers.get('location')!)
    assert.include(page.props.flash.error, 'Bitte versuche es noch einmal')
    mails.mails.assertNoneQueued()
    const [first, second] = await Promise.all([
      app.container.make(ShieldMiddleware),
      app.container.make(ShieldMiddleware),
    ])
    assert.strictEqual(first, second)
  })
})
