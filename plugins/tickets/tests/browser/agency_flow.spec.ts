import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import InvitationMail from '#mails/invitation_mail'
import { firstLogin, logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

/**
 * The walk through the whole portal from the browser alone: staff
 * allowlist a new customer, who logs in and opens a ticket; staff answer it;
 * the customer reads the answer.
 */
test.group('Browser | the agency runs the portal from the browser', (group) => {
  group.each.setup(() => emptyDatabase())

  test('staff allowlist a customer, the customer opens a ticket, staff reply, the customer reads it', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam Support',
    })
    const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

    // Staff: log in, create the organization, add the customer with an invitation.
    const staffContext = await browser.newContext({ locale: 'de-DE', baseURL })
    const desk = await staffContext.newPage()
    await logInDirectlyOn(desk, staff)
    await desk.getByRole('heading', { name: 'Hallo Sam Support' }).waitFor()
    await desk.getByRole('navigation').getByRole('link', { name: 'Kunden' }).click()
    await desk.getByRole('button', { name: 'Neue Organisation' }).click()
    await desk.getByLabel('Name der Organisation').fill('Neukunde GmbH')
    await desk.getByRole('button', { name: 'Organisation anlegen' }).click()
    await desk.getByRole('heading', { name: 'Neukunde GmbH' }).waitFor()
    await desk.getByLabel('E-Mail-Adresse').fill('nina@neukunde.test')
    await desk.getByLabel('Name', { exact: true }).fill('Nina Neu')
    assert.isTrue(await desk.getByLabel('Einladung per E-Mail senden').isChecked())
    await desk.getByRole('button', { name: 'Hinzufügen' }).click()
    await desk.getByRole('cell', { name: 'nina@neukunde.test' }).waitFor()
    const invitation = mails.mails.queued(
      (m) => m instanceof InvitationMail && m.recipient === 'nina@neukunde.test'
    )
    assert.lengthOf(invitation, 1)

    // The customer: first login, a new ticket.
    const customerContext = await browser.newContext({
      locale: 'de-DE',
      baseURL,
      viewport: { width: 390, height: 844 },
    })
    const phone = await customerContext.newPage()
    await firstLogin(phone, mails, 'nina@neukunde.test')
    await phone.getByRole('heading', { name: 'Hallo Nina Neu' }).waitFor()
    await phone.getByRole('link', { name: 'Tickets' }).first().click()
    await phone.getByRole('link', { name: 'Neues Ticket' }).first().click()
    await phone.getByLabel('Betreff', { exact: true }).fill('Impressum aktualisieren')
    await phone.getByLabel('Deine Nachricht').fill('Unsere neue Adresse: Hauptstraße 1.')
    await phone.getByRole('button', { name: 'Ticket senden' }).click()
    await phone.getByRole('heading', { name: 'Impressum aktualisieren' }).waitFor()
    const ticketUrl = phone.url()

    // Staff: the inbox shows it; they answer.
    await desk
      .getByRole('navigation')
      .getByRole('link', { name: /Tickets/ })
      .click()
    await desk.getByRole('link', { name: 'Impressum aktualisieren' }).click()
    await desk.getByRole('heading', { name: 'Impressum aktualisieren' }).waitFor()
    await desk.getByLabel('Antwort an Kund:in').check()
    await desk.getByLabel('Deine Antwort').fill('Ist erledigt, bitte schau kurz drüber.')
    await desk.getByRole('button', { name: 'Antwort senden' }).click()
    await desk.getByText('Deine Antwort ist gesendet.').waitFor()

    // The customer reads the answer.
    await phone.goto(ticketUrl)
    await phone.getByText('Ist erledigt, bitte schau kurz drüber.').waitFor()
    assert.isTrue(await phone.getByText('Sam Support').first().isVisible())

    await staffContext.close()
    await customerContext.close()
  })
})
