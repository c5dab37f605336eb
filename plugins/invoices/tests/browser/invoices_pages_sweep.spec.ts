import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { assertErrorTiedToField, screenshotsFolder } from '#tests/helpers/page_sweep'

/**
 * The page sweep (axe, overflow, 44 px targets at phone and desktop size) on
 * the states of the invoices console the automatic sweep of every plugin
 * page does not reach: the upload form and the batch upload with their errors.
 */
test.group('Browser | invoices console in its states', (group) => {
  group.each.setup(() => emptyDatabase())

  test('the upload form and the batch upload with errors on every row', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam Support',
    })
    await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })

    const sweep = new PageSweep()
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)

    await sweep.visit(page, '/admin/invoices/new', 'admin-invoices-create')
    await page.getByRole('button', { name: 'Rechnung hochladen' }).click()
    await page.locator('#invoice-organizationId-error').waitFor()
    await assertErrorTiedToField(assert, page, 'Organisation', /./)
    await sweep.check(page, 'admin-invoices-create-error')
    await sweep.visit(page, '/admin/invoices/batch', 'admin-invoices-batch')
    // Two files make two rows; sent without organization and amount, every row shows its errors.
    await page.getByLabel('PDF-Dateien').setInputFiles(
      ['RE-2026-0901', 'RE-2026-0902'].map((number) => ({
        name: `${number}.pdf`,
        mimeType: 'application/pdf',
        buffer: simplePdf([number]),
      }))
    )
    await page.getByRole('button', { name: 'Alle hochladen (2)' }).click()
    await page.locator('#row-1-organization-error').waitFor()
    await sweep.check(page, 'admin-invoices-batch-errors')

    assert.deepEqual(
      sweep.findings,
      [],
      `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
    )
  })
})
