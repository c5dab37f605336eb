import { test } from '@japa/runner'
import type { Browser, BrowserContext } from 'playwright'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { launchChromium } from '#tests/helpers/chromium'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import { startInstance, stopAll, parseLogLines, type Instance, smtpEnv } from '#tests/helpers/production/instance'
import { startObjectStore } from '#tests/helpers/production/object_store'
import { browserFirstLogin } from '#tests/helpers/production/browser_login'
import { firstLoginOverHttp, HttpAgent, type LoginSecrets } from '#tests/helpers/production/login'
import { startSmtpServer, htmlOf, type ReceivedMail, type TestSmtpServer } from '#tests/helpers/smtp_server'

/** A translation that did not resolve, or a raw key of a plugin, anywhere in a text. */
const UNTRANSLATED = /translation missing|\b(tickets|invoices|ui|admin|mail)\.[a-z_]+\.[a-z_.]+/i

function assertTranslated(assert: { notMatch(value: string, regexp: RegExp, message?: string): void }, text: string, where: string) {
  assert.notMatch(text, UNTRANSLATED, `untranslated text on ${where}`)
}

function assertGoodMail(assert: any, mail: ReceivedMail) {
  const subject = mail.parsed.subject ?? ''
  assertTranslated(assert, subject, `the subject "${subject}"`)
  assertTranslated(assert, mail.parsed.text ?? '', `the text of "${subject}"`)
  assertTranslated(assert, htmlOf(mail.parsed), `the HTML of "${subject}"`)
  assert.notMatch(mail.parsed.text ?? '', /\{\{|\}\}|undefined|Cannot resolve/, `template leftovers in "${subject}"`)
}

/**
 * The portal as an agency runs it: the built app (build/, node bin/server.js,
 * NODE_ENV=production), two instances A and B behind no proxy, one
 * PostgreSQL, one S3 store and a real SMTP server. A customer and a staff
 * member do the seed's day: login, a ticket with a file, the reply by mail,
 * invoices and the ZIP. Every step crosses instances on purpose.
 */
test.group('Production | the shipped app, two instances, a customer and staff', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let a: Instance
  let b: Instance
  let browser: Browser
  let customer: BrowserContext
  let desk: BrowserContext
  const secrets: LoginSecrets[] = []
  let ticketPath = ''

  let store: Awaited<ReturnType<typeof startObjectStore>>

  // Whatever setup got to is stopped again, even when it failed half-way.
  group.teardown(async () => {
    await browser?.close()
    await stopAll([a, b].filter(Boolean))
    await smtp?.close()
    await store?.close()
    await db?.close()
  })

  group.setup(async () => {
    db = await createDatabase('walk')
    smtp = await startSmtpServer()
    store = await startObjectStore()
    const env = { ...db.env, ...store.env, ...smtpEnv(smtp) }
    await builtAce(['migration:run', '--force'], env)
    await builtAce(['portal:staff', 'ada@agentur.test', '--name', 'Ada Admin'], env)
    await builtAce(['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH', '--name', 'Karl Kunde'], env)
    await builtAce(['portal:allow', 'rita@firma.test', '--org', 'Firma GmbH', '--name', 'Rita Rate'], env)
    a = await startInstance('A', env)
    b = await startInstance('B', env)
    browser = await launchChromium()
    customer = await browser.newContext({ locale: 'de-DE' })
    desk = await browser.newContext({ locale: 'de-DE' })
  })

  test('a customer logs in with a link requested on A and confirmed on B', async ({ assert }) => {
    const page = await customer.newPage()
    secrets.push(await browserFirstLogin(page, smtp, 'karl@firma.test', { requestOn: a.url, confirmOn: b.url }))
    assert.include(await page.locator('main').innerText(), 'Hallo Karl Kunde')
    assertTranslated(assert, await page.locator('body').innerText(), 'the dashboard')
    assertGoodMail(assert, await smtp.waitForSubject('karl@firma.test', /Deine Anmeldung/))
    // A new trusted device is announced, in words and not in keys.
    assertGoodMail(assert, await smtp.waitForSubject('karl@firma.test', /Neues Gerät angemeldet/))
  })

  test('the customer opens a ticket with an attachment on A', async ({ assert }) => {
    const page = await customer.newPage()
    await page.goto(`${a.url}/tickets`)
    assertTranslated(assert, await page.locator('body').innerText(), '/tickets')
    await page.getByRole('link', { name: 'Neues Ticket' }).first().click()
    await page.getByLabel('Betreff').fill('Drucker im Büro druckt nicht')
    await page.getByLabel('Deine Nachricht').fill('Seit heute Morgen kommt nur ein leeres Blatt.')
    await page.getByLabel('Anhänge').setInputFiles({ name: 'fehler.txt', mimeType: 'text/plain', buffer: Buffer.from('Fehlercode 0x42') })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Drucker im Büro druckt nicht' }).waitFor()
    ticketPath = new URL(page.url()).pathname
    assert.match(ticketPath, /^\/tickets\/\d+$/)
    assertTranslated(assert, await page.locator('body').innerText(), 'the ticket page')

    // The agency hears about it by mail.
    const [opened] = await smtp.waitFor('support@agentur.test')
    assert.include(opened.parsed.subject ?? '', 'Drucker im Büro druckt nicht')
    assertGoodMail(assert, opened)
  })

  test('staff answer from the console on B; the reply mail reaches the customer', async ({ assert }) => {
    const page = await desk.newPage()
    secrets.push(await browserFirstLogin(page, smtp, 'ada@agentur.test', { requestOn: b.url }))
    await page.goto(`${b.url}/admin/tickets`)
    await page.getByRole('link', { name: 'Drucker im Büro druckt nicht' }).click()
    await page.getByRole('heading', { name: 'Drucker im Büro druckt nicht' }).waitFor()
    assertTranslated(assert, await page.locator('body').innerText(), 'the staff ticket view')

    // The file uploaded through A downloads through B (one object store).
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'fehler.txt' }).click()
    const file = await (await download).createReadStream()
    let content = ''
    for await (const chunk of file) content += chunk
    assert.equal(content, 'Fehlercode 0x42')

    await page.getByLabel('Antwort an Kund:in').check()
    await page.getByLabel('Deine Antwort').fill('Bitte einmal aus- und wieder einschalten.')
    await page.getByRole('button', { name: 'Antwort senden' }).click()
    await page.getByText('Deine Antwort ist gesendet.').waitFor()

    const reply = await smtp.waitForSubject('karl@firma.test', /Neue Antwort zu deinem Ticket T-/)
    assertGoodMail(assert, reply)
    assert.include(reply.parsed.text ?? '', 'Bitte einmal aus- und wieder einschalten.')
    assert.include(reply.parsed.text ?? '', ticketPath, 'the mail links to the ticket')

    // The customer reads it in the portal, on A.
    const customerPage = await customer.newPage()
    await customerPage.goto(`${a.url}${ticketPath}`)
    await customerPage.getByText('Bitte einmal aus- und wieder einschalten.').waitFor()
  })

  test('staff upload an invoice on B; the customer gets the mail, the PDF and the ZIP on A', async ({ assert }) => {
    const page = desk.pages()[0]
    await page.goto(`${b.url}/admin/invoices/new`)
    await page.getByLabel('PDF-Datei').setInputFiles({ name: 'RE-2026-100.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Rechnung RE-2026-100']) })
    await page.getByLabel('Organisation').selectOption({ label: 'Firma GmbH' })
    await page.getByLabel('Rechnungsnummer').fill('RE-2026-100')
    await page.getByLabel('Betrag').fill('1.190,00')
    await page.getByRole('button', { name: 'Rechnung hochladen' }).click()
    await page.getByText(/Rechnung RE-2026-100 ist hochgeladen\. 2 Personen wurden benachrichtigt\./).waitFor()

    assertGoodMail(assert, await smtp.waitForSubject('karl@firma.test', /Neue Rechnung RE-2026-100 verfügbar/))

    const customerPage = await customer.newPage()
    await customerPage.goto(`${a.url}/invoices`)
    await customerPage.getByText('RE-2026-100').first().waitFor()
    assertTranslated(assert, await customerPage.locator('body').innerText(), '/invoices')

    const pdfLink = await customerPage.getByRole('link', { name: 'Rechnung RE-2026-100 als PDF herunterladen' }).getAttribute('href')
    const pdfResponse = await customerPage.request.get(`${a.url}${pdfLink}`)
    assert.equal(pdfResponse.status(), 200)
    assert.equal((await pdfResponse.body()).subarray(0, 5).toString(), '%PDF-')

    const zipLink = await customerPage.getByRole('link', { name: 'Alle herunterladen (ZIP)' }).getAttribute('href')
    const zip = await customerPage.request.get(`${a.url}${zipLink}`)
    assert.equal(zip.status(), 200)
    assert.match(zip.headers()['content-disposition'] ?? '', /filename="Rechnungen(-\d{4})?\.zip"/)
    assert.equal((await zip.body()).subarray(0, 2).toString(), 'PK')
  })

  test('the built app sends its security headers on every kind of answer, HSTS included', async ({ assert }) => {
    for (const path of ['/login', '/no-such-page', '/admin/nope', '/favicon.svg', '/health/live']) {
      const response = await fetch(`${a.url}${path}`, { redirect: 'manual' })
      assert.include(response.headers.get('content-security-policy') ?? '', "frame-ancestors 'none'", path)
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path)
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path)
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path)
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/, path)
    }
  })

  test('rate limits are shared: three links for an address, wherever asked, then a wait', async ({ assert }) => {
    const before = smtp.to('rita@firma.test').length
    const agent = new HttpAgent()
    const answers: string[] = []
    for (const instance of [a, b, a, b]) {
      agent.baseUrl = instance.url
      await agent.primeCsrf()
      const page = await agent.submit('/login', { email: 'rita@firma.test' })
      answers.push(page.props.errors?.email ?? 'sent')
    }
    assert.deepEqual(answers.slice(0, 3), ['sent', 'sent', 'sent'])
    assert.match(answers[3], /Zu viele Anmeldeversuche/)
    await smtp.waitFor('rita@firma.test', { count: before + 3 })
  })

  test('each mail went out exactly once, though both instances run a worker', async ({ assert }) => {
    const sent = await db.query<{ recipient: string; total: string }>(
      `SELECT recipient, count(*) AS total FROM mail_deliveries WHERE status = 'sent' GROUP BY recipient`
    )
    const pending = await db.query(`SELECT id FROM mail_deliveries WHERE status <> 'sent'`)
    assert.lengthOf(pending, 0)
    for (const row of sent) assert.lengthOf(smtp.to(row.recipient), Number(row.total), `mails to ${row.recipient}`)
    assert.equal(smtp.received.length, sent.reduce((sum, row) => sum + Number(row.total), 0))
  })

  test('the logs are JSON lines with request ids, and hold no token, secret, code or session id', async ({ assert }) => {
    // One more login over plain HTTP, for a second set of secrets that went through both instances.
    await builtAce(['portal:allow', 'lea@firma.test', '--org', 'Firma GmbH'], { ...db.env })
    secrets.push(await firstLoginOverHttp(new HttpAgent(), smtp, 'lea@firma.test', { requestOn: b.url, confirmOn: a.url }))

    const lines = [...a.lines, ...b.lines]
    const entries = parseLogLines(lines)
    const requests = entries.filter((entry) => entry.msg === 'request')
    assert.isAbove(requests.length, 20)
    for (const entry of requests) assert.match(String(entry.request_id), /^[\w-]{8,}$/)
    assert.isTrue(requests.some((entry) => entry.route === '/login/link/:token'), 'link visits are logged by their pattern')

    const sessions = await db.query<{ id: string }>('SELECT id FROM sessions')
    const cookies = [...(await customer.cookies()), ...(await desk.cookies())].map((cookie) => cookie.value)
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
