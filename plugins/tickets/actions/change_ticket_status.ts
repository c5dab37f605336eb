import { DateTime } from 'luxon'
import type Ticket from '../models/ticket.js'
import type { TicketStatus } from '../models/ticket.js'

/**
 * Sets a ticket's status and counts it as activity. Returns the previous
 * status, or null when nothing changed (closing a closed ticket is a no-op,
 * so a double click sends no second mail).
 */
export default class ChangeTicketStatus {
  static async handle(ticket: Ticket, status: TicketStatus): Promise<TicketStatus | null> {
    const previous = ticket.status
    if (previous === status) return null
    ticket.status = status
    ticket.lastActivityAt = DateTime.now()
    await ticket.save()
    return previous
  }
}
