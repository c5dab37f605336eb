import { test } from '@japa/runner'
import { pickOrganization } from '#tests/helpers/organization_picker'
import type { BrowserContext } from 'playwright'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
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
 * The invoices part of the shipped portal's day (tests/production/walk.spec.ts
 * walks the rest): staff upload an invoice on instance B, the customer gets
 * the mail, the PDF and the ZIP on A.
 */
test.group('Production | invoices across two instances', (group) => {
  let portal: ShippedPortal
  let a: Instance
  let b: Instance
  let customer: BrowserContext
  let desk: BrowserContext

  group.setup(async () => {
    portal = await startShippedPortal('invoices_walk')
    ;[a, b] = portal.instances
    customer = await germanContext(portal)
    desk = await germanContext(portal)
    await browserFirstLogin(await customer.newPage(), portal.smtp, 'karl@firma.test', {
      requestOn: a.url,
    })
    await browserFirstLogin(await desk.newPage(), portal.smtp, 'ada@agentur.test', {
      requestOn: b.url,
    })
    return () => portal.close()
  })

  test('staff upload an invoice on B; the customer gets the mail, the PDF and the ZIP on A', async ({
    assert,
  }) => {
    const page = desk.pages()[0]
    await page.goto(`${b.url}/admin/invoices/new`)
    await page.getByLabel('PDF-Datei').setInputFiles({
      name: 'RE-2026-100.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf(['Rechnung RE-2026-100']),
    })
    await pickOrganization(
      page,
      page.getByLabel('Organisation', { exact: true }),
      'invoice-organizationId',
      'Firma GmbH'
    )
    await page.getByLabel('Rechnungsnummer').fill('RE-2026-100')
    await page.getByLabel('Betrag').fill('1.190,00')
    await page.getByRole('button', { name: 'Rechnung hochladen' }).click()
    await page
      .getByText(/Rechnung RE-2026-100 ist hochgeladen\. 2 Personen wurden benachrichtigt\./)
      .waitFor()

    assertGoodMail(
      assert,
      await portal.smtp.waitForSubject('karl@firma.test', /Neue Rechnung RE-2026-100 verfügbar/)
    )

    const customerPage = await customer.newPage()
    await customerPage.goto(`${a.url}/invoices`)
    await customerPage.getByText('RE-2026-100').first().waitFor()
    assertTranslated(assert, await customerPage.locator('body').innerText(), '/invoices')

    const pdfLink = await customerPage
      .getByRole('link', { name: 'Rechnung RE-2026-100 als PDF herunterladen' })
      .getAttribute('href')
    const pdfResponse = await customerPage.request.get(`${a.url}${pdfLink}`)
    assert.equal(pdfResponse.status(), 200)
    assert.equal((await pdfResponse.body()).subarray(0, 5).toString(), '%PDF-')

    const zipLink = await customerPage
      .getByRole('link', { name: 'Alle herunterladen (ZIP)' })
      .getAttribute('href')
    const zip = await customerPage.request.get(`${a.url}${zipLink}`)
    assert.equal(zip.status(), 200)
    assert.match(zip.headers()['content-disposition'] ?? '', /filename="Rechnungen(-\d{4})?\.zip"/)
    assert.equal((await zip.body()).subarray(0, 2).toString(), 'PK')
  })
})
