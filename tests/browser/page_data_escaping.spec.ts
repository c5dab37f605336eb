import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { Page } from 'playwright'
import Allowlist from '#services/allowlist'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

/** The page rendered (not blanked by the HTML parser): its heading is there, and no script from the data ran. */
async function shows(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor()
}

/**
 * Issue 10: text people typed, shown in the page data of the first load,
 * must not end the page's JSON <script> element early. The core's pages that
 * show names, organizations and addresses are opened in Chromium, as the
 * customer and as staff (each plugin does the same for its own texts).
 */
test.group('Browser | page data with markup in it', (group) => {
  group.each.setup(() => emptyDatabase())

  test('names, organizations and addresses with <!--<script>, </script>, <!-- and ]]> render as text', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam <!--<script> Support',
    })
    const { user: clara, organization } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde </script> GmbH',
      name: 'Clara <!-- Kunde',
    })
    await Allowlist.allowCustomer({
      email: 'dirk@kunde.test',
      organization: organization.name,
      name: 'Dirk ]]> & Co',
    })

    const alerts: string[] = []
    const customer = await browser.newContext({ locale: 'de-DE', baseURL })
    cleanup(() => customer.close())
    const page = await customer.newPage()
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message())
      void dialog.dismiss()
    })
    await logInDirectlyOn(page, clara)
    await shows(page, 'Hallo Clara <!-- Kunde')
    // Every page load below is a full load (page.goto): the page data comes from the HTML.
    await page.goto('/account')
    await shows(page, 'Kunde </script> GmbH')

    const desk = await browser.newContext({ locale: 'de-DE', baseURL })
    cleanup(() => desk.close())
    const deskPage = await desk.newPage()
    deskPage.on('dialog', (dialog) => {
      alerts.push(dialog.message())
      void dialog.dismiss()
    })
    await logInDirectlyOn(deskPage, staff)
    await shows(deskPage, 'Hallo Sam <!--<script> Support')
    await deskPage.goto('/admin/organizations')
    await shows(deskPage, 'Kunde </script> GmbH')
    await deskPage.goto(`/admin/organizations/${organization.id}`)
    await shows(deskPage, 'Dirk ]]> & Co')
    await deskPage.goto(`/admin/customers/${clara.id}`)
    await shows(deskPage, 'Clara <!-- Kunde')
    await deskPage.goto(`/admin/audit?organization=${organization.id}`)
    assert.equal(
      await deskPage.getByLabel('Organisation', { exact: true }).inputValue(),
      'Kunde </script> GmbH',
      'the organization filter shows the name as typed'
    )

    // An address crafted to do the same: the 404 page, inside the customer's layout.
    await page.goto('/nope-%3C!--%3Cscript%3E')
    await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor()
    assert.isTrue(await page.getByRole('navigation').first().isVisible(), 'the app layout')
    assert.deepEqual(alerts, [], 'no script from the data ran')
  })

  test('an unknown address for a visitor who is not logged in: the 404 page in their language, without the address in its data', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await browser.newContext({ locale: 'en-US', baseURL })
    cleanup(() => context.close())
    const page = await context.newPage()
    const response = await page.goto('/nope-%3C!--%3Cscript%3E?x=%3C/script%3E')
    assert.equal(response?.status(), 404)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    const data = JSON.parse((await page.locator('script[data-page]').textContent()) ?? '{}')
    assert.equal(data.url, '/nope-%3C!--%3Cscript%3E')
    assert.notInclude(JSON.stringify(data), '<')
  })
})
