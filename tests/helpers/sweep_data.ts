import { DateTime } from 'luxon'
import Allowlist from '#services/allowlist'
import MailDelivery from '#models/mail_delivery'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import TicketMessage from '#plugins/tickets/models/ticket_message'
import TicketAttachment from '#plugins/tickets/models/ticket_attachment'
import CreateInvoice from '#plugins/invoices/actions/create_invoice'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'

/*
| Data for the page sweep (tests/browser/pages_sweep.spec.ts): something on
| every page, in every state a page can show.
*/

/** One organization with content on every page: a ticket with a staff answer and an internal note, an invoice. */
export async function seed() {
  const { user: staff } = await Allowlist.allowStaff({ email: 'sam@agentur.test', name: 'Sam Support' })
  const { user: clara, organization } = await Allowlist.allowCustomer({
    email: 'clara@kunde.test',
    organization: 'Kunde GmbH',
    name: 'Clara Kunde',
  })
  const { ticket } = await OpenTicket.handle(clara, {
    subject: 'Kontaktformular sendet nicht',
    body: 'Seit gestern kommt über das Kontaktformular nichts mehr an. Könnt ihr bitte nachsehen?',
  })
  // An attachment to list (the pages only link to it; no file is read).
  const [first] = await TicketMessage.query().where('ticketId', ticket.id)
  await TicketAttachment.create({
    ticketId: ticket.id,
    messageId: first.id,
    driveKey: `tickets/${ticket.id}/bildschirmfoto.png`,
    originalName: 'bildschirmfoto-kontaktformular.png',
    size: 48213,
    mimeType: 'image/png',
  })
  await AddTicketMessage.handle(ticket, staff, { body: 'Danke für den Hinweis, wir sehen uns das heute an.' })
  await AddTicketMessage.handle(ticket, staff, { body: 'Mailserver des Kunden prüfen (SPF).', isInternal: true })
  const invoice = await CreateInvoice.handle({
    organizationId: organization.id,
    number: 'RE-2026-0815',
    issuedOn: DateTime.now().minus({ days: 10 }),
    dueOn: DateTime.now().plus({ days: 4 }),
    amountCents: 123450,
    pdf: simplePdf(['Rechnung RE-2026-0815', 'Betrag: 1.234,50 EUR']),
  })
  return { staff, clara, organization, ticket, invoice }
}

/** One mail in each state the console shows: sent, waiting after a failed try, failed (again or not). */
export async function seedMailDeliveries(recipient: string) {
  const now = DateTime.now()
  const base = { mailer: 'smtp', subject: 'Deine Anmeldung bei Testportal', deliverBy: now.plus({ hours: 1 }), expiring: false }
  await MailDelivery.createMany([
    { ...base, recipient, status: 'sent', attempts: 1, sentAt: now },
    { ...base, recipient, status: 'queued', attempts: 3, lastError: 'connect ECONNREFUSED 10.0.0.25:587' },
    { ...base, recipient, status: 'failed', attempts: 12, failedAt: now, lastError: '550 5.1.1 mailbox unavailable', message: 'x' },
    { ...base, recipient, status: 'failed', attempts: 4, failedAt: now, lastError: 'connect ETIMEDOUT 10.0.0.25:587', expiring: true },
  ])
}
