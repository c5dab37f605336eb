import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import OpenTicket from '#plugins/tickets/actions/open_ticket'
import type { TicketStatus } from '#plugins/tickets/models/ticket'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import Ticket from '#plugins/tickets/models/ticket'
import { makeCustomer } from '#tests/helpers/customers'
import Allowlist from '#services/allowlist'

/** A ticket opened by this user, optionally with a status and a last activity in the past. */
export async function makeTicket(
  user: User,
  subject = 'Website ist langsam',
  options: { body?: string; status?: TicketStatus; activityDaysAgo?: number } = {}
) {
  const { ticket } = await OpenTicket.handle(user, {
    subject,
    body: options.body ?? 'Bitte prüfen.',
  })
  if (options.status || options.activityDaysAgo !== undefined) {
    ticket.merge({
      status: options.status ?? ticket.status,
      lastActivityAt: DateTime.now().minus({ days: options.activityDaysAgo ?? 0 }),
    })
    await ticket.save()
  }
  return ticket
}

/** A colleague in the same organization as this user. */
export async function makeColleague(user: User) {
  const organization = await db
    .from('organizations')
    .where('id', user.organizationId!)
    .firstOrFail()
  return makeCustomer(organization.name)
}

/** A staff member's internal note on a ticket (what the admin console will write). */
export async function addInternalNote(ticketId: number, body: string) {
  const { user: staff } = await Allowlist.allowStaff({
    email: `staff-${Date.now()}-${ticketId}@agentur.test`,
    name: 'Sam Support',
  })
  return AddTicketMessage.handle(await Ticket.findOrFail(ticketId), staff, {
    body,
    isInternal: true,
  })
}

export async function setVisibility(user: User, visibility: 'own' | 'organization') {
  user.pluginSettings = { ...(user.pluginSettings ?? {}), tickets: { visibility } }
  await user.save()
}
