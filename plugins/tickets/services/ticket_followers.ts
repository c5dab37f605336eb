import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Ticket from '../models/ticket.js'

/**
 * Colleagues who follow a ticket (table tickets_followers). The requester
 * follows implicitly and is never stored here. Following twice or
 * unfollowing a ticket one does not follow changes nothing.
 */
export default class TicketFollowers {
  static async follow(ticket: Ticket, user: User) {
    if (ticket.createdByUserId === user.id) return
    await db.rawQuery(
      'insert into tickets_followers (ticket_id, user_id, created_at) values (?, ?, now()) on conflict (ticket_id, user_id) do nothing',
      [ticket.id, user.id]
    )
  }

  static async unfollow(ticket: Ticket, user: User) {
    await db
      .from('tickets_followers')
      .where('ticket_id', ticket.id)
      .where('user_id', user.id)
      .delete()
  }

  /** True for the requester (implicitly) and for anyone who follows. */
  static async isFollowing(ticket: Ticket, user: User) {
    if (ticket.createdByUserId === user.id) return true
    const row = await db
      .from('tickets_followers')
      .where('ticket_id', ticket.id)
      .where('user_id', user.id)
      .first()
    return Boolean(row)
  }

  /** The ids of the users who follow this ticket (without the implicit requester). */
  static async userIds(ticket: Ticket): Promise<number[]> {
    const rows = await db
      .from('tickets_followers')
      .where('ticket_id', ticket.id)
      .orderBy('id', 'asc')
      .select('user_id')
    return rows.map((row: { user_id: number }) => Number(row.user_id))
  }
}
