import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import CreateInvoice from '#plugins/invoices/actions/create_invoice'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

test.group('Browser | invoices as the agency page promises', (group) => {
  group.each.setup(() => emptyDatabase())

  test('a customer downloads an invoice as PDF, named after its number', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: clara, organization } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
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
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, clara)

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
  })
})
