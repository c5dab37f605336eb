import type User from '#models/user'
import { forOrganization } from '#plugin_kit/organization_scope'
import { findByRouteId } from '#plugin_kit/route_ids'
import Ticket from '../models/ticket.js'
import TicketPolicy from '../policies/ticket_policy.js'

/**
 * The tickets a customer may see: always their organization's (core scope),
 * and only their own when staff set the "visibility" setting to "own" (TicketPolicy). Every
 * customer-facing query (list, detail, attachments, widget, badge) starts here,
 * so a ticket the user may not see is a 404 like one that does not exist.
 *
 * @example
 * const scope = await TicketScope.for(user)
 * const open = await scope.query().whereNot('status', 'closed')
 */
export default class TicketScope {
  private constructor(
    private user: User,
    readonly ownOnly: boolean
  ) {}

  static async for(user: User) {
    const seesOthers = await new TicketPolicy().viewOthers(user)
    return new TicketScope(user, !seesOthers)
  }

  /** A fresh query over the visible tickets (a query builder: not awaited here). */
  query() {
    const query = forOrganization(Ticket, this.user)
    if (this.ownOnly) query.where('tickets.created_by_user_id', this.user.id)
    return query
  }

  /** The visible ticket with this id, or a 404. */
  find(id: unknown) {
    return findByRouteId(this.query(), id)
  }
}

/** The visible ticket with this id, or a 404. */
export async function findVisibleTicket(user: User, id: unknown) {
  const scope = await TicketScope.for(user)
  return scope.find(id)
}
