import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { assertErrorTiedToField, screenshotsFolder } from '#tests/helpers/page_sweep'

/**
 * The page sweep (axe, overflow, 44 px targets at phone and desktop size) on
 * the states of the tickets pages the automatic sweep of every plugin page
 * does not reach: the new-ticket form with its errors, a thread with a staff
 * answer and an internal note (which the customer never sees).
 */
test.group('Browser | tickets pages in their states', (group) => {
  group.each.setup(() => emptyDatabase())

  test('the new-ticket form with errors, a thread with an answer and an internal note', async ({
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
    const { user: clara } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const { ticket } = await OpenTicket.handle(clara, {
      subject: 'Kontaktformular sendet nicht',
      body: 'Seit gestern kommt nichts an.',
    })
    await AddTicketMessage.handle(ticket, staff, {
      body: 'Danke für den Hinweis, wir sehen uns das heute an.',
    })
    await AddTicketMessage.handle(ticket, staff, {
      body: 'Mailserver des Kunden prüfen (SPF).',
      isInternal: true,
    })

    const sweep = new PageSweep()
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, clara)

    await sweep.visit(page, '/tickets/new', 'tickets-create')
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.locator('.field__error').first().waitFor()
    await assertErrorTiedToField(assert, page, 'Betreff', /./)
    await sweep.check(page, 'tickets-create-error')
    await sweep.visit(page, `/tickets/${ticket.id}`, 'tickets-show')
    await page.getByText('Danke für den Hinweis').waitFor()
    assert.isFalse(
      await page.getByText('Mailserver des Kunden prüfen').isVisible(),
      'internal notes stay internal'
    )

    assert.deepEqual(
      sweep.findings,
      [],
      `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
    )
  })
})
