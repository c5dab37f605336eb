import type { HttpContext } from '@adonisjs/core/http'
import { chosenOrganization } from '#plugin_kit/organization_filter'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import TicketReads from '../../services/ticket_reads.js'
import { attachmentLimits } from '../../services/attachment_store.js'
import AdminTicketTransformer from '../../transformers/admin_ticket_transformer.js'
import { parseInboxQuery } from '../../validators/admin_ticket_validators.js'

/** The admin console's tickets: the inbox across all organizations, and one ticket. */
export default class AdminTicketsController {
  async index(ctx: HttpContext) {
    const staff = ctx.auth.user!
    const team = await AdminTicketQueries.staff()
    const query = parseInboxQuery(ctx.request.qs(), { staff: team.map(({ id }) => id) })
    // An organization that does not exist (a stale link) is ignored like any other bad filter.
    const organization = await chosenOrganization(query.organization)
    if (!organization) query.organization = undefined
    const { rows, meta } = await AdminTicketQueries.inbox(staff, query)
    return ctx.inertia.render('tickets/admin/inbox', {
      tickets: rows.map((ticket) => AdminTicketTransformer.inboxItem(ticket)),
      meta,
      filters: {
        status: query.status,
        organization: query.organization ?? '',
        assignee: query.assignee ?? '',
        flag: query.flag ?? '',
        q: query.q ?? '',
        sort: query.sort,
      },
      organization,
      staff: team.map((member) => AdminTicketTransformer.staffOption(member)),
    })
  }

  /** Opening a ticket marks it read for this staff member. */
  async show(ctx: HttpContext) {
    const staff = ctx.auth.user!
    const ticket = await AdminTicketQueries.detail(ctx.params.id)
    await TicketReads.markRead(ticket, staff)
    const team = await AdminTicketQueries.staff()
    return ctx.inertia.render('tickets/admin/show', {
      ticket: AdminTicketTransformer.detail(ticket),
      messages: AdminTicketTransformer.thread(ticket.messages),
      staff: team.map((member) => AdminTicketTransformer.staffOption(member)),
      limits: attachmentLimits(),
    })
  }
}
