import { test } from '@japa/runner'
import type { BrowserContext } from 'playwright'
import { builtAce } from '#tests/helpers/production/built_app'
import { parseLogLines, type Instance } from '#tests/helpers/production/instance'
import { browserFirstLogin, followMailedLink } from '#tests/helpers/production/browser_login'
import { addVirtualAuthenticator } from '#tests/helpers/virtual_authenticator'
import { firstLoginOverHttp, HttpClient, type LoginSecrets } from '#tests/helpers/production/login'
import {
  assertGoodMail,
  assertTranslated,
  germanContext,
  startShippedPortal,
  type ShippedPortal,
} from '#tests/helpers/production/shipped_portal'

/**
 * The portal as an agency runs it: the built app (build/, node bin/server.js,
 * NODE_ENV=production), two instances A and B behind no proxy, one
 * PostgreSQL, one S3 store and a real SMTP server. Every step crosses
 * instances on purpose. The plugins walk their own part of the day the same
 * way (plugins/<id>/tests/production/walk.spec.ts).
 */
test.group('Production | the shipped app, two instances, a customer and staff', (group) => {
  let portal: ShippedPortal
  let a: Instance
  let b: Instance
  let customer: BrowserContext
  let desk: BrowserContext
  const secrets: LoginSecrets[] = []

  group.setup(async () => {
    portal = await startShippedPortal('walk')
    ;[a, b] = portal.instances
    customer = await germanContext(portal)
    desk = await germanContext(portal)
    return () => portal.close()
  })

  test('a customer logs in with a link requested on A and confirmed on B', async ({ assert }) => {
    const page = await customer.newPage()
    secrets.push(
      await browserFirstLogin(page, portal.smtp, 'karl@firma.test', {
        requestOn: a.url,
        confirmOn: b.url,
      })
    )
    assert.include(await page.locator('main').innerText(), 'Hallo Karl Kunde')
    assertTranslated(assert, await page.locator('body').innerText(), 'the dashboard')
    assertGoodMail(assert, await portal.smtp.waitForSubject('karl@firma.test', /Deine Anmeldung/))
    // A new trusted device is announced, in words and not in keys.
    assertGoodMail(
      assert,
      await portal.smtp.waitForSubject('karl@firma.test', /Neues Gerät angemeldet/)
    )
  })

  test('a passkey added on A confirms the next login on B (the built bundle loads its code)', async ({
    assert,
  }) => {
    const page = await customer.newPage()
    const authenticator = await addVirtualAuthenticator(page)
    await page.goto(`${a.url}/account`)
    await page.getByLabel('Name des Passkeys (optional)').fill('Laptop')
    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click()
    await page.getByText('Der Passkey „Laptop“ wurde hinzugefügt.', { exact: false }).waitFor()
    assertGoodMail(
      assert,
      await portal.smtp.waitForSubject('karl@firma.test', /Ein Passkey wurde hinzugefügt/)
    )

    // Logged out, and this browser no longer trusted: the next login asks for the second factor.
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    await customer.clearCookies({ name: 'portal_device' })
    await followMailedLink(page, portal.smtp, 'karl@firma.test', { requestOn: b.url })
    await page.getByRole('button', { name: 'Mit Passkey bestätigen' }).click()
    await page.getByRole('heading', { name: 'Hallo Karl Kunde' }).waitFor()
    assert.lengthOf(await authenticator.credentials(), 1)
    await page.close()
  })

  test('staff log in on B and land in the console', async ({ assert }) => {
    const page = await desk.newPage()
    secrets.push(
      await browserFirstLogin(page, portal.smtp, 'ada@agentur.test', { requestOn: b.url })
    )
    assertTranslated(assert, await page.locator('body').innerText(), 'the admin console')
  })

  test('the built app sends its security headers on every kind of answer, HSTS included', async ({
    assert,
  }) => {
    for (const path of ['/login', '/no-such-page', '/admin/nope', '/favicon.svg', '/health/live']) {
      const response = await fetch(`${a.url}${path}`, { redirect: 'manual' })
      assert.include(
        response.headers.get('content-security-policy') ?? '',
        "frame-ancestors 'none'",
        path
      )
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path)
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path)
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/, path)
    }
  })

  test('rate limits are shared: three links for an address, wherever asked, then a wait', async ({
    assert,
  }) => {
    const before = portal.smtp.to('rita@firma.test').length
    const http = new HttpClient()
    const answers: string[] = []
    for (const instance of [a, b, a, b]) {
      http.baseUrl = instance.url
      await http.primeCsrf()
      const page = await http.submit('/login', { email: 'rita@firma.test' })
      answers.push(page.props.errors?.email ?? 'sent')
    }
    assert.deepEqual(answers.slice(0, 3), ['sent', 'sent', 'sent'])
    assert.match(answers[3], /Zu viele Anmeldeversuche/)
    await portal.smtp.waitFor('rita@firma.test', { count: before + 3 })
  })

  test('each mail went out exactly once, though both instances run a worker', async ({
    assert,
  }) => {
    // The last login's mails may still be on their way: wait until every delivery is done (at most 15 s).
    let pending = await portal.db.query(`SELECT id FROM mail_deliveries WHERE status <> 'sent'`)
    for (let tries = 0; pending.length && tries < 30; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      pending = await portal.db.query(`SELECT id FROM mail_deliveries WHERE status <> 'sent'`)
    }
    assert.lengthOf(pending, 0)
    const sent = await portal.db.query<{ recipient: string; total: string }>(
      `SELECT recipient, count(*) AS total FROM mail_deliveries WHERE status = 'sent' GROUP BY recipient`
    )
    for (const row of sent)
      assert.lengthOf(portal.smtp.to(row.recipient), Number(row.total), `mails to ${row.recipient}`)
    assert.equal(
      portal.smtp.received.length,
      sent.reduce((sum, row) => sum + Number(row.total), 0)
    )
  })

  test('the logs are JSON lines with request ids, and hold no token, secret, code or session id', async ({
    assert,
  }) => {
    // One more login over plain HTTP, for a second set of secrets that went through both instances.
    await builtAce(['portal:allow', 'lea@firma.test', '--org', 'Firma GmbH'], { ...portal.db.env })
    secrets.push(
      await firstLoginOverHttp(new HttpClient(), portal.smtp, 'lea@firma.test', {
        requestOn: b.url,
        confirmOn: a.url,
      })
    )

    const lines = [...a.lines, ...b.lines]
    const entries = parseLogLines(lines)
    const requests = entries.filter((entry) => entry.msg === 'request')
    assert.isAbove(requests.length, 20)
    for (const entry of requests) assert.match(String(entry.request_id), /^[\w-]{8,}$/)
    assert.isTrue(
      requests.some((entry) => entry.route === '/login/link/:token'),
      'link visits are logged by their pattern'
    )

    const sessions = await portal.db.query<{ id: string }>('SELECT id FROM sessions')
    const cookies = [...(await customer.cookies()), ...(await desk.cookies())].map(
      (cookie) => cookie.value
    )
    const forbidden = [
      ...secrets.flatMap((secret) => [secret.token, secret.secret, ...secret.recoveryCodes]),
      ...sessions.map((row) => row.id),
      ...cookies.filter((value) => value.length >= 16),
    ]
    const everything = lines.join('\n')
    for (const value of forbidden) assert.notInclude(everything, value)
    // Codes are six digits: they must not stand alone in a log line.
    for (const { code } of secrets) assert.notMatch(everything, new RegExp(`\\b${code}\\b`))
  })
})
