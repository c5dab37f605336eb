import { test } from '@japa/runner'
import type { BrowserContext } from 'playwright'
import type { Instance } from '#tests/helpers/production/instance'
import { browserFirstLogin } from '#tests/helpers/production/browser_login'
import {
  assertGoodMail,
  assertTranslated,
  germanContext,
  startShippedPortal,
  type ShippedPortal,
} from '#tests/helpers/production/shipped_portal'

/**
 * The tickets part of the shipped portal's day (tests/production/walk.spec.ts
 * walks the rest): a ticket with a file opened on instance A, answered by
 * staff on B, the reply by mail; the file uploaded through A downloads
 * through B.
 */
test.group('Production | tickets across two instances', (group) => {
  let portal: ShippedPortal
  let a: Instance
  let b: Instance
  let customer: BrowserContext
  let desk: BrowserContext
  let ticketPath = ''

  group.setup(async () => {
    portal = await startShippedPortal('tickets_walk')
    ;[a, b] = portal.instances
    customer = await germanContext(portal)
    desk = await germanContext(portal)
    await browserFirstLogin(await customer.newPage(), portal.smtp, 'karl@firma.test', {
      requestOn: a.url,
      confirmOn: b.url,
    })
    return () => portal.close()
  })

  test('the customer opens a ticket with an attachment on A', async ({ assert }) => {
    const page = await customer.newPage()
    await page.goto(`${a.url}/tickets`)
    assertTranslated(assert, await page.locator('body').innerText(), '/tickets')
    await page.getByRole('link', { name: 'Neues Ticket' }).first().click()
    await page.getByLabel('Betreff', { exact: true }).fill('Drucker im Büro druckt nicht')
    await page.getByLabel('Deine Nachricht').fill('Seit heute Morgen kommt nur ein leeres Blatt.')
    await page.getByLabel('Anhänge').setInputFiles({
      name: 'fehler.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Fehlercode 0x42'),
    })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Drucker im Büro druckt nicht' }).waitFor()
    ticketPath = new URL(page.url()).pathname
    assert.match(ticketPath, /^\/tickets\/\d+$/)
    assertTranslated(assert, await page.locator('body').innerText(), 'the ticket page')

    // The agency hears about it by mail.
    const [opened] = await portal.smtp.waitFor('support@agentur.test')
    assert.include(opened.parsed.subject ?? '', 'Drucker im Büro druckt nicht')
    assertGoodMail(assert, opened)
  })

  test('staff answer from the console on B; the reply mail reaches the customer', async ({
    assert,
  }) => {
    const page = await desk.newPage()
    await browserFirstLogin(page, portal.smtp, 'ada@agentur.test', { requestOn: b.url })
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

    const reply = await portal.smtp.waitForSubject(
      'karl@firma.test',
      /Neue Antwort zu deinem Ticket T-/
    )
    assertGoodMail(assert, reply)
    assert.include(reply.parsed.text ?? '', 'Bitte einmal aus- und wieder einschalten.')
    assert.include(reply.parsed.text ?? '', ticketPath, 'the mail links to the ticket')

    // The customer reads it in the portal, on A.
    const customerPage = await customer.newPage()
    await customerPage.goto(`${a.url}${ticketPath}`)
    await customerPage.getByText('Bitte einmal aus- und wieder einschalten.').waitFor()
  })
})
