import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { Page } from 'playwright'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

/** Text that breaks JSON inside a <script> element if `<`, `>` or `&` are left as they are. */
const SUBJECTS = [
  'Drucker <!--<script> kaputt',
  'Ende </script> hier',
  'Kommentar <!-- offen',
  'CDATA ]]> & Co',
]
const BODY = 'Fehler: </script><!--<script>alert(1)</script> & mehr'

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

/** The page rendered (not blanked by the HTML parser): its heading is there, and no script from the data ran. */
async function shows(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor()
}

/**
 * Text a customer typed, shown in the page data of the first load, must not
 * end the page's JSON <script> element early: every tickets page that shows
 * such text, opened in Chromium as the customer and as staff.
 */
test.group('Browser | tickets: page data with markup in it', (group) => {
  group.each.setup(() => emptyDatabase())

  test('subjects, messages, names and addresses with <!--<script>, </script>, <!-- and ]]> render as text', async ({
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
    const { user: clara } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde </script> GmbH',
      name: 'Clara <!-- Kunde',
    })
    const tickets = []
    for (const subject of SUBJECTS)
      tickets.push((await OpenTicket.handle(clara, { subject, body: BODY })).ticket)
    await AddTicketMessage.handle(tickets[0], staff, { body: 'Antwort mit ]]> und </script>' })

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
    await page.goto('/tickets')
    for (const subject of SUBJECTS) await shows(page, subject)
    await page.goto(`/tickets/${tickets[0].id}`)
    await page.getByRole('heading', { name: SUBJECTS[0] }).waitFor()
    await shows(page, BODY)
    await shows(page, 'Antwort mit ]]> und </script>')
    await page.goto('/dashboard')
    await shows(page, SUBJECTS.at(-1)!)

    const desk = await browser.newContext({ locale: 'de-DE', baseURL })
    cleanup(() => desk.close())
    const deskPage = await desk.newPage()
    deskPage.on('dialog', (dialog) => {
      alerts.push(dialog.message())
      void dialog.dismiss()
    })
    await logInDirectlyOn(deskPage, staff)
    await deskPage.goto('/admin/tickets')
    for (const subject of SUBJECTS) await shows(deskPage, subject)
    await deskPage.goto(`/admin/tickets?organization=${tickets[0].organizationId}`)
    for (const subject of SUBJECTS) await shows(deskPage, subject)
    assert.equal(
      await deskPage.getByLabel('Organisation').inputValue(),
      'Kunde </script> GmbH',
      'the organization filter shows the name as typed'
    )
    await deskPage.goto(`/admin/tickets/${tickets[0].id}`)
    await deskPage.getByRole('heading', { name: SUBJECTS[0] }).waitFor()
    await shows(deskPage, BODY)
    await shows(deskPage, 'Kunde </script> GmbH')

    assert.deepEqual(alerts, [], 'no script from the data ran')
  })
})
