import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Ticket from '../models/ticket.js'

/**
 * When each staff member last opened a ticket (table tickets_reads). A
 * ticket is "unread" for someone until they open it after the customer's
 * latest message. The time comes from the app, like every other ticket
 * timestamp, so the comparison never mixes two clocks (and works inside a
 * test's transaction, where the database's now() stands still).
 */
export default class TicketReads {
  static async markRead(ticket: Ticket, staff: User, at = DateTime.now()) {
    await db.rawQuery(
      `insert into tickets_reads (ticket_id, user_id, read_at) values (?, ?, ?)
       on conflict (ticket_id, user_id) do update set read_at = greatest(tickets_reads.read_at, excluded.read_at)`,
      [ticket.id, staff.id, at.toJSDate()]
    )
  }
}

/** SQL: the ticket in the outer query is unread for the staff member bound to `?`. */
export const UNREAD_SQL = `(tickets.last_customer_message_at is not null and not exists (
  select 1 from tickets_reads where tickets_reads.ticket_id = tickets.id and tickets_reads.user_id = ?
  and tickets_reads.read_at >= tickets.last_customer_message_at))`
