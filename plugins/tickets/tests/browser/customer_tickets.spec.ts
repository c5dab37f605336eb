import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

/** A tiny valid PNG (1×1 px). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

test.group('Browser | tickets as the agency page promises', (group) => {
  group.each.setup(() => emptyDatabase())

  test("a customer sees a colleague's ticket and opens one with an attachment", async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: clara } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const { user: dirk } = await Allowlist.allowCustomer({
      email: 'dirk@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Dirk Kollege',
    })
    await OpenTicket.handle(dirk, {
      subject: 'Kontaktformular sendet nicht',
      body: 'Seit gestern kommt nichts an.',
    })

    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, clara)
    // All tickets of the company, the colleague's included.
    await page.getByRole('link', { name: 'Tickets' }).first().click()
    await page.getByText('Kontaktformular sendet nicht').waitFor()
    assert.isTrue(await page.getByText('Dirk Kollege').first().isVisible())

    // A new ticket with a screenshot attached.
    await page.getByRole('link', { name: 'Neues Ticket' }).first().click()
    await page.getByLabel('Betreff', { exact: true }).fill('Logo im Footer ist unscharf')
    await page.getByLabel('Deine Nachricht').fill('Siehe Screenshot.')
    await page
      .getByLabel('Anhänge')
      .setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: PNG })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Logo im Footer ist unscharf' }).waitFor()
    // The tab's title (what a screen reader announces) changes with the heading, not later.
    assert.match(await page.title(), /^T-\d{4}-\d{4} · Logo im Footer ist unscharf/)
    assert.isTrue(await page.getByText('screenshot.png').first().isVisible())
  })
})
