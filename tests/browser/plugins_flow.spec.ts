import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import CreateInvoice from '#plugins/invoices/actions/create_invoice'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { firstLogin } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

/** A tiny valid PNG (1×1 px). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

test.group('Browser | tickets and invoices as the agency page promises', (group) => {
  group.each.setup(() => emptyDatabase())

  test("a customer sees a colleague's ticket, opens one with an attachment and downloads an invoice", async ({
    browser,
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    const { user: clara, organization } = await Allowlist.allowCustomer({ email: 'clara@kunde.test', organization: 'Kunde GmbH', name: 'Clara Kunde' })
    const { user: dirk } = await Allowlist.allowCustomer({ email: 'dirk@kunde.test', organization: 'Kunde GmbH', name: 'Dirk Kollege' })
    await OpenTicket.handle(dirk, { subject: 'Kontaktformular sendet nicht', body: 'Seit gestern kommt nichts an.' })
    await CreateInvoice.handle({
      organizationId: organization.id,
      number: 'RE-2026-0815',
      issuedOn: DateTime.now().minus({ days: 10 }),
      dueOn: DateTime.now().plus({ days: 4 }),
      amountCents: 123450,
      pdf: simplePdf(['Rechnung RE-2026-0815', 'Betrag: 1.234,50 EUR']),
    })

    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await firstLogin(page, mails, clara.email)

    // All tickets of the company, the colleague's included.
    await page.getByRole('link', { name: 'Tickets' }).first().click()
    await page.getByText('Kontaktformular sendet nicht').waitFor()
    assert.isTrue(await page.getByText('Dirk Kollege').first().isVisible())

    // A new ticket with a screenshot attached.
    await page.getByRole('link', { name: 'Neues Ticket' }).first().click()
    await page.getByLabel('Betreff').fill('Logo im Footer ist unscharf')
    await page.getByLabel('Deine Nachricht').fill('Siehe Screenshot.')
    await page.getByLabel('Anhänge').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: PNG })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Logo im Footer ist unscharf' }).waitFor()
    assert.isTrue(await page.getByText('screenshot.png').first().isVisible())

    // An invoice as PDF, named after its number.
    await page.getByRole('link', { name: 'Rechnungen' }).first().click()
    await page.getByText('RE-2026-0815').first().waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Rechnung RE-2026-0815 als PDF herunterladen' }).click(),
    ])
    assert.equal(download.suggestedFilename(), 'RE-2026-0815.pdf')
    const bytes = await readFile((await download.path())!)
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-')

    await context.close()
  })
})
