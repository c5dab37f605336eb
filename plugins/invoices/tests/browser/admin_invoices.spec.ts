import { test } from '@japa/runner'
import { pickOrganization } from '#tests/helpers/organization_picker'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import Invoice from '#plugins/invoices/models/invoice'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: simplePdf([`Rechnung ${name}`]),
})

test.group('Browser | invoices in the admin console', (group) => {
  group.each.setup(() => emptyDatabase())

  test('staff upload, correct, mark paid and delete an invoice, and upload several at once, on a phone', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'rita@agentur.test',
      name: 'Rita Rechnung',
      staffRole: 'agent',
    })
    await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })

    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)
    const fits = async () =>
      (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) === true

    // The section, its empty state and the way to the upload form.
    // Logged in once the setup page is gone (whatever page the login flow shows next).
    await page.getByRole('heading', { name: '2FA einrichten' }).waitFor({ state: 'detached' })
    await page.goto('/admin')
    await page.getByRole('navigation').getByRole('link', { name: 'Rechnungen' }).click()
    await page.getByRole('heading', { name: 'Rechnungen', level: 1 }).waitFor()
    await page.getByText('Hier gibt es noch keine Rechnungen.').waitFor()
    assert.isTrue(await fits(), 'list fits 360 px')
    await page.getByRole('link', { name: 'Rechnung hochladen' }).first().click()
    await page.getByRole('heading', { name: 'Rechnung hochladen' }).waitFor()
    assert.isTrue(await page.getByText('Nur PDF, höchstens 20 MB.').isVisible())
    assert.isTrue(await page.getByLabel('Kund:innen per E-Mail benachrichtigen').isChecked())

    // A wrong amount: the error is on the field, everything typed (and the file) stays.
    await page.getByLabel('PDF-Datei').setInputFiles(pdf('RE-2026-001.pdf'))
    await pickOrganization(
      page,
      page.getByLabel('Organisation', { exact: true }),
      'invoice-organizationId',
      'Kunde GmbH'
    )
    await page.getByLabel('Rechnungsnummer').fill('RE-2026-001')
    await page.getByLabel('Betrag').fill('zwölf')
    await page.getByRole('button', { name: 'Rechnung hochladen' }).click()
    await page.getByText('Bitte gib den Betrag wie 1.234,56 oder 1234.56 ein.').waitFor()
    assert.equal(await page.getByLabel('Rechnungsnummer').inputValue(), 'RE-2026-001')
    assert.isTrue(await page.getByText('Die Datei RE-2026-001.pdf bleibt ausgewählt.').isVisible())
    assert.isTrue(await fits(), 'form with errors fits 360 px')

    await page.getByLabel('Betrag').fill('1.234,56')
    await page.getByRole('button', { name: 'Rechnung hochladen' }).click()
    await page
      .getByText('Rechnung RE-2026-001 ist hochgeladen. 1 Person wurde benachrichtigt.')
      .waitFor()
    assert.isTrue(await page.getByText('1.234,56\u00a0€').isVisible())
    assert.isTrue(await fits(), 'detail fits 360 px')

    // Paid with one click, then deleted after the question.
    await page.getByRole('button', { name: 'Als bezahlt markieren' }).click()
    await page.getByText('Rechnung RE-2026-001 ist als bezahlt markiert.').waitFor()
    await page.getByRole('button', { name: 'Löschen' }).click()
    await page.getByText('Rechnung RE-2026-001 wirklich löschen?').waitFor()
    await page.getByRole('button', { name: 'Ja, löschen' }).click()
    await page
      .getByText('Rechnung RE-2026-001 ist gelöscht. Kund:innen sehen sie nicht mehr.')
      .waitFor()
    const deleted = await Invoice.findByOrFail('number', 'RE-2026-001')
    assert.isNotNull(deleted.deletedAt)
    assert.isNotNull(deleted.paidAt)

    // Several at once: each file a row, the number from its name.
    await page.getByRole('link', { name: 'Mehrere hochladen' }).click()
    await page.getByRole('heading', { name: 'Mehrere Rechnungen hochladen' }).waitFor()
    await pickOrganization(
      page,
      page.getByLabel('Organisation', { exact: true }).first(),
      'batch-organization',
      'Kunde GmbH'
    )
    await page
      .getByLabel('PDF-Dateien')
      .setInputFiles([pdf('RE-2026-002.pdf'), pdf('RE-2026-003.pdf')])
    assert.equal(await page.getByLabel('Rechnungsnummer').nth(0).inputValue(), 'RE-2026-002')
    assert.equal(await page.getByLabel('Rechnungsnummer').nth(1).inputValue(), 'RE-2026-003')
    await page.getByLabel('Kund:innen per E-Mail benachrichtigen').uncheck()
    await page.getByLabel('Betrag').nth(0).fill('100')
    await page.getByRole('button', { name: 'Alle hochladen (2)' }).click()
    // The second row has no amount yet: nothing is stored, the row says why.
    await page.getByText('Bitte gib den Betrag ein.').waitFor()
    assert.lengthOf(await Invoice.query().whereIn('number', ['RE-2026-002', 'RE-2026-003']), 0)
    assert.isTrue(await fits(), 'batch with errors fits 360 px')
    await page.getByLabel('Betrag').nth(1).fill('200,50')
    await page.getByRole('button', { name: 'Alle hochladen (2)' }).click()
    await page
      .getByText('2 Rechnungen sind hochgeladen. Es wurde niemand benachrichtigt.')
      .waitFor()
    assert.isTrue(await page.getByRole('link', { name: 'RE-2026-003', exact: true }).isVisible())
    assert.isTrue(await fits(), 'list with rows fits 360 px')

    // The deleted invoice is still there for staff, behind its filter (folded on a phone).
    await page.locator('summary', { hasText: 'Filter' }).click()
    await page.getByLabel('Status').selectOption('deleted')
    await page.getByRole('button', { name: 'Filtern' }).click()
    await page.getByRole('link', { name: 'RE-2026-001', exact: true }).click()
    await page.getByText('Diese Rechnung wurde am').waitFor()
    assert.isTrue(await page.getByText('Rechnung gelöscht').isVisible())
    await context.close()
  })
})
