import { DateTime } from 'luxon'
import User from '#models/user'
import OpenTicket from '../actions/open_ticket.js'
import AddTicketMessage from '../actions/add_ticket_message.js'

/**
 * Demo data for the embedded default: a colleague of the demo customer and
 * three tickets, one of them waiting for the customer (so the nav shows a
 * badge) and one closed. No mails are sent.
 */
export async function seedDemoTickets({
  organizationId,
  customerId,
}: {
  organizationId: number
  customerId: number
}) {
  const customer = await User.findOrFail(customerId)
  const colleague =
    (await User.query().where('email', 'kollege@example.com').first()) ??
    (await User.create({
      email: 'kollege@example.com',
      name: 'Demo Kollege',
      organizationId,
      role: 'customer',
      status: 'active',
    }))

  // The agency's side of the demo conversations (a staff account without organization).
  const team =
    (await User.query().where('email', 'team@example.com').first()) ??
    (await User.create({
      email: 'team@example.com',
      name: 'Team Support',
      organizationId: null,
      role: 'staff',
      staffRole: 'agent',
      status: 'invited',
    }))

  const first = await OpenTicket.handle(customer, {
    subject: 'Kontaktformular verschickt keine E-Mails',
    body: 'Seit gestern kommen die Anfragen aus dem Kontaktformular nicht mehr bei uns an. Kannst du dir das ansehen?',
    priority: 'high',
  })
  await AddTicketMessage.handle(first.ticket, team, {
    body: 'Ich sehe mir das an. Welche E-Mail-Adresse ist im Formular als Empfänger eingetragen?',
    status: 'waiting_for_customer',
  })

  await OpenTicket.handle(colleague, {
    subject: 'Neues Teamfoto auf der Über-uns-Seite',
    body: 'Wir haben ein neues Teamfoto. Bitte tausch das alte auf der Über-uns-Seite aus.',
  })

  const done = await OpenTicket.handle(customer, {
    subject: 'Öffnungszeiten im Footer anpassen',
    body: 'Ab nächster Woche haben wir samstags geschlossen.',
    priority: 'low',
  })
  await AddTicketMessage.handle(done.ticket, team, {
    body: 'Erledigt: Die neuen Öffnungszeiten stehen jetzt im Footer.',
  })
  await AddTicketMessage.handle(done.ticket, customer, {
    body: 'Danke, sieht gut aus!',
    status: 'closed',
  })

  // Spread the activity over the last days, so sorting shows a difference.
  for (const [ticket, hoursAgo] of [
    [first.ticket, 2],
    [done.ticket, 72],
  ] as const) {
    const at = DateTime.now().minus({ hours: hoursAgo })
    await ticket.merge({ lastActivityAt: at, createdAt: at.minus({ hours: 5 }) }).save()
  }
}
