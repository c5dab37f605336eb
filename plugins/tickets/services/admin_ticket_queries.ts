import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Ticket from '../models/ticket.js'
import TicketAttachment from '../models/ticket_attachment.js'
import type { InboxQuery } from '../validators/admin_ticket_validators.js'
import { UNREAD_SQL } from './ticket_reads.js'
import TicketSearch from './ticket_search.js'
import { BADGE_COUNT_UP_TO, COUNT_UP_TO, countUpTo, paginateCapped } from '#plugin_kit/pagination'
import { joinBelongsTo } from '#plugin_kit/joined_relations'
import { findByRouteId, routeId } from '#plugin_kit/route_ids'

export const INBOX_PER_PAGE = 20

/**
 * The columns an inbox row shows (AdminTicketTransformer.inboxItem, with
 * Ticket#needsReply's two dates): building a model costs per column, a date most.
 */
const INBOX_COLUMNS = [
  'id',
  'organization_id',
  'number',
  'subject',
  'status',
  'priority',
  'created_by_user_id',
  'assigned_to_user_id',
  'last_activity_at',
  'last_customer_message_at',
  'last_staff_reply_at',
].map((column) => `tickets.${column}`)

/** SQL twin of Ticket#needsReply: the customer spoke last and the ticket is not closed. */
export const NEEDS_REPLY_SQL = `(tickets.status <> 'closed' and tickets.last_customer_message_at is not null
  and (tickets.last_staff_reply_at is null or tickets.last_customer_message_at > tickets.last_staff_reply_at))`

/**
 * The queries behind the admin pages. Staff see the tickets of every
 * organization, internal notes included; the customer pages never use these
 * (they go through TicketScope).
 */
export default class AdminTicketQueries {
  /** The inbox: filter, search (number, subject, every message and note), sort by last activity, paginate. */
  static async inbox(staff: User, query: InboxQuery) {
    const tickets = Ticket.query()
      .select(INBOX_COLUMNS)
      .select(db.raw(`${UNREAD_SQL} as is_unread`, [staff.id]))

    if (query.status === 'active') tickets.whereNot('tickets.status', 'closed')
    else if (query.status !== 'all') tickets.where('tickets.status', query.status)
    if (query.organization) tickets.where('tickets.organization_id', query.organization)
    if (query.assignee === 'me') tickets.where('tickets.assigned_to_user_id', staff.id)
    else if (query.assignee === 'none') tickets.whereNull('tickets.assigned_to_user_id')
    else if (query.assignee) tickets.where('tickets.assigned_to_user_id', query.assignee)
    if (query.flag === 'needs_reply') tickets.whereRaw(NEEDS_REPLY_SQL)
    else if (query.flag === 'unread') tickets.whereRaw(UNREAD_SQL, [staff.id])
    if (query.q) TicketSearch.where(tickets, query.q, { internal: true })
    const direction = query.sort === 'oldest' ? 'asc' : 'desc'
    tickets.orderBy('tickets.last_activity_at', direction).orderBy('tickets.id', direction)
    // A search is not counted (see paginateCapped).
    // Only what a row shows: building a model costs per column, and a page builds some 60.
    tickets
      .preload('createdBy', (people) => people.select('id', 'name', 'email'))
      .preload('organization', (organizations) => organizations.select('id', 'name'))
      .preload('assignee', (people) => people.select('id', 'name', 'email'))
    return paginateCapped(tickets, query.page, INBOX_PER_PAGE, query.q ? 0 : COUNT_UP_TO)
  }

  /** A ticket of any organization with its whole thread, internal notes included, or a 404. */
  static async detail(id: unknown) {
    // Of the people and the organization only what the page shows (AdminTicketTransformer).
    const query = joinBelongsTo(Ticket.query(), {
      createdBy: ['name', 'email'],
      organization: ['name'],
      assignee: ['name', 'email'],
    }).preload('messages', (messages) => {
      joinBelongsTo(messages, { author: ['name', 'email', 'role'] })
        .orderBy('tickets_messages.created_at', 'asc')
        .orderBy('tickets_messages.id', 'asc')
        .preload('attachments', (attachments) => attachments.orderBy('id', 'asc'))
    })
    return findByRouteId(query, id)
  }

  /** Any ticket by id (no relations), or a 404. */
  static find(id: unknown) {
    return findByRouteId(Ticket.query(), id)
  }

  /** Any attachment of this ticket, also on internal notes (staff only), or a 404. */
  static attachment(ticketId: unknown, attachmentId: unknown) {
    return findByRouteId(
      TicketAttachment.query().where('ticket_id', routeId(ticketId) ?? 0),
      attachmentId
    )
  }

  /** The admin nav badge: open tickets whose customer waits for an answer (counted up to BADGE_COUNT_UP_TO). */
  static needsReplyCount() {
    return countUpTo(db.from('tickets').whereRaw(NEEDS_REPLY_SQL), BADGE_COUNT_UP_TO)
  }

  /** Staff who can take a ticket (not disabled), by name. */
  static staff() {
    return User.query()
      .where('role', 'staff')
      .whereNot('status', 'disabled')
      .orderByRaw('lower(coalesce(name, email))')
  }
}
