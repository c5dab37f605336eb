import type User from '#models/user'
import type { ListQuery } from '../validators/ticket_validators.js'
import { COUNT_UP_TO, countAll, countUpTo, paginateCapped } from '#plugin_kit/pagination'
import { joinBelongsTo } from '#plugin_kit/joined_relations'
import { findByRouteId } from '#plugin_kit/route_ids'
import type { TicketPriority, TicketStatus } from '../models/ticket.js'
import TicketAttachment from '../models/ticket_attachment.js'
import TicketScope, { findVisibleTicket } from './ticket_scope.js'
import TicketSearch from './ticket_search.js'

export const PER_PAGE = 20

/**
 * A row of the customer's list as PostgreSQL returns it: no Lucid model
 * (see list()), the requester's name joined in.
 */
export interface TicketListRow {
  id: number
  number: string
  subject: string
  status: TicketStatus
  priority: TicketPriority
  created_by_name: string | null
  last_activity_at: Date
  created_at: Date
}

/** A row of the dashboard widget, plain like the list's. */
export type TicketWidgetRow = Pick<
  TicketListRow,
  'id' | 'number' | 'subject' | 'status' | 'last_activity_at'
>

/**
 * The columns a list row shows (TicketTransformer.listItem) and the dashboard
 * widget's (widgetItem): building a model costs per column, a date most (a
 * parse and a Luxon object), and a ticket has five dates.
 */
const LIST_COLUMNS = [
  'id',
  'number',
  'subject',
  'status',
  'priority',
  'created_by_user_id',
  'last_activity_at',
  'created_at',
].map((column) => `tickets.${column}`)
const WIDGET_COLUMNS = ['id', 'number', 'subject', 'status', 'last_activity_at'].map(
  (column) => `tickets.${column}`
)

/**
 * The queries behind the customer pages, all starting from TicketScope
 * (organization + the user's visibility setting).
 */
export default class TicketQueries {
  /**
   * The list: filter by status, search in number, subject and customer-visible
   * messages, sort, paginate. The busiest customer page, so plain rows with
   * the requester's name joined in: a Lucid model per row and the preload's
   * second statement cost 40 % of the page's server time.
   */
  static async list(user: User, query: ListQuery) {
    const scope = await TicketScope.for(user)
    const tickets = scope
      .query()
      .select(LIST_COLUMNS)
      // Only the name: a colleague's email address is not shown (TicketTransformer).
      .leftJoin('users as creator', 'creator.id', 'tickets.created_by_user_id')
      .select('creator.name as created_by_name')
    if (query.status) tickets.where('tickets.status', query.status)
    if (query.q) TicketSearch.where(tickets, query.q, { internal: false })
    if (query.sort === 'created') tickets.orderBy('tickets.created_at', 'desc')
    // the counter part, as a number: "T-2026-10000" comes after "T-2026-9999"
    else if (query.sort === 'number')
      tickets.orderByRaw("split_part(tickets.number, '-', 3)::bigint desc")
    else tickets.orderBy('tickets.last_activity_at', 'desc')
    tickets.orderBy('tickets.id', 'desc')
    // A search is not counted (see paginateCapped).
    return paginateCapped(
      tickets.pojo<TicketListRow>(),
      query.page,
      PER_PAGE,
      query.q ? 0 : COUNT_UP_TO
    )
  }

  /** A visible ticket with its customer thread: internal notes are not even loaded. */
  static async detail(user: User, id: unknown) {
    const scope = await TicketScope.for(user)
    // Of the people only what the page shows (TicketTransformer.detail and thread).
    const ticket = await findByRouteId(joinBelongsTo(scope.query(), { createdBy: ['name'] }), id)
    await ticket.load('messages', (messages) => {
      joinBelongsTo(messages, { author: ['name', 'role'] })
        .where('tickets_messages.is_internal', false)
        .orderBy('tickets_messages.created_at', 'asc')
        .orderBy('tickets_messages.id', 'asc')
        .preload('attachments', (attachments) => attachments.orderBy('id', 'asc'))
    })
    return ticket
  }

  /** An attachment of a visible ticket, on a message the customer can see, or a 404. */
  static async attachment(user: User, ticketId: unknown, attachmentId: unknown) {
    const ticket = await findVisibleTicket(user, ticketId)
    const attachments = TicketAttachment.query().where('tickets_attachments.ticket_id', ticket.id)
    attachments.whereExists((messages) => {
      messages
        .from('tickets_messages')
        .whereColumn('tickets_messages.id', 'tickets_attachments.message_id')
        .where('tickets_messages.is_internal', false)
    })
    return findByRouteId(attachments, attachmentId)
  }

  /**
   * Open (not closed) tickets with the latest activity, and how many there
   * are, counted up to COUNT_UP_TO like the list's total: counting 7,500 open
   * tickets on every dashboard view was most of the page's database time.
   */
  static async openSummary(user: User, limit = 5) {
    const scope = await TicketScope.for(user)
    const open = () => scope.query().whereNot('tickets.status', 'closed')
    // Both at once: the count joins the page's other counts in one statement (countInBatch).
    const [latest, counted] = await Promise.all([
      open()
        .select(WIDGET_COLUMNS)
        .orderBy('tickets.last_activity_at', 'desc')
        .orderBy('tickets.id', 'desc')
        .limit(limit)
        .pojo<TicketWidgetRow>(),
      countUpTo(open(), COUNT_UP_TO + 1),
    ])
    return { latest, total: Math.min(counted, COUNT_UP_TO), totalIsExact: counted <= COUNT_UP_TO }
  }

  /** The nav badge: visible tickets waiting for the customer. */
  static async waitingCount(user: User) {
    const scope = await TicketScope.for(user)
    return countAll(scope.query().where('tickets.status', 'waiting_for_customer'))
  }
}
