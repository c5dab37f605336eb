import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import InboundMailProcessor from '#plugins/tickets/services/inbound_mail_processor'
import ReplyAddress from '#plugins/tickets/services/reply_address'
import SupportMailbox from '#plugins/tickets/services/support_mailbox'
import imapConfig from '#config/imap'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { assertErrorTiedToField, screenshotsFolder } from '#tests/helpers/page_sweep'
import { thunderbirdReply } from '../helpers/reply_mails.js'

/**
 * The review page of replies by email as staff use it in Chromium: the
 * sweep (axe, overflow, target sizes) with mails waiting, "Verwerfen" with
 * its question, a wrong ticket number tied to its field, then "Zum Ticket
 * hinzufügen".
 */
test.group('Browser | tickets: replies by email held for review', (group) => {
  group.each.setup(() => emptyDatabase())

  test('discard after the question, a wrong number, then add to the ticket', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const previous = imapConfig.enabled
    imapConfig.enabled = true
    cleanup(() => {
      imapConfig.enabled = previous
    })
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
    await SupportMailbox.store(
      await thunderbirdReply({
        from: 'Erika Fremd <erika@fremd.test>',
        to: ReplyAddress.for(ticket.id, clara.id)!,
        subject: ticket.subject,
        text: 'Ich bin die Kollegin von Clara: bei mir geht das Formular auch nicht.',
      })
    )
    await SupportMailbox.store(
      await thunderbirdReply({
        from: 'werbung@spam.test',
        to: 'support@example.test',
        subject: 'Günstige Angebote',
        text: 'Jetzt kaufen!',
      })
    )
    await InboundMailProcessor.processPending()

    const sweep = new PageSweep()
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)

    await sweep.visit(page, '/admin/tickets/inbound', 'tickets-admin-inbound')
    await page.getByText('Nicht an eine Antwortadresse eines Tickets geschrieben').waitFor()
    await page.getByText('Absender ist nicht die Person, für die die Adresse gilt').waitFor()

    // The spam (newest, first): "Verwerfen" asks, the question's button discards.
    const spam = page.locator('li', { hasText: 'Günstige Angebote' })
    await spam.getByRole('button', { name: 'Verwerfen' }).click()
    await page.getByText('Diese E-Mail wirklich verwerfen?').waitFor()
    await sweep.check(page, 'tickets-admin-inbound-discard')
    await spam.getByRole('button', { name: 'Verwerfen' }).click()
    await page.getByText('Die E-Mail ist verworfen.').waitFor()
    assert.equal(await page.getByText('Günstige Angebote').count(), 0)

    // The colleague's mail: prefilled with its ticket; a wrong number is refused at the field.
    const field = page.getByLabel('Ticket-Nummer', { exact: true })
    assert.equal(await field.inputValue(), ticket.number)
    await field.fill('T-1999-0001')
    await page.getByRole('button', { name: 'Zum Ticket hinzufügen' }).click()
    await page.locator('.field__error').waitFor()
    await assertErrorTiedToField(
      assert,
      page,
      'Ticket-Nummer',
      'Gib die Nummer eines bestehenden Tickets an.'
    )
    await sweep.check(page, 'tickets-admin-inbound-error')
    await field.fill(ticket.number)
    await page.getByRole('button', { name: 'Zum Ticket hinzufügen' }).click()
    await page.getByText(`Die E-Mail ist als interne Notiz im Ticket ${ticket.number}.`).waitFor()
    await page.getByText('Keine E-Mails zu prüfen.').waitFor()
    await sweep.check(page, 'tickets-admin-inbound-empty')

    assert.deepEqual(
      sweep.findings,
      [],
      `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
    )
  })

  test('the customer wrote to the plain address: the page warns the sender is not verified; publishing makes it her reply', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const previous = imapConfig.enabled
    imapConfig.enabled = true
    cleanup(() => {
      imapConfig.enabled = previous
    })
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
    await SupportMailbox.store(
      await thunderbirdReply({
        from: 'clara@kunde.test',
        to: 'support@example.test',
        subject: ticket.subject,
        text: 'Es geht wieder, danke!',
      })
    )
    await InboundMailProcessor.processPending()

    const sweep = new PageSweep()
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 360, height: 740 },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)
    await sweep.visit(page, '/admin/tickets/inbound', 'tickets-admin-inbound-publish')
    await page.getByText('Achtung: Der Absender ist nicht geprüft.').waitFor()
    await page.getByLabel('Ticket-Nummer', { exact: true }).fill(ticket.number)
    await page.getByRole('button', { name: 'Als Antwort von Clara Kunde veröffentlichen' }).click()
    await page
      .getByText(`Die E-Mail ist als Antwort von Clara Kunde im Ticket ${ticket.number}.`)
      .waitFor()
    await page.getByText('Keine E-Mails zu prüfen.').waitFor()
    assert.deepEqual(
      sweep.findings,
      [],
      `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
    )
  })
})
