import type { HttpContext } from '@adonisjs/core/http'
import { renderPluginPage } from '#core/render_plugin_page'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import TicketReads from '../../services/ticket_reads.js'
import { attachmentLimits } from '../../services/attachment_store.js'
import AdminTicketTransformer from '../../transformers/admin_ticket_transformer.js'
import { parseInboxQuery } from '../../validators/admin_ticket_validators.js'

/** The admin console's tickets: the inbox across all organizations, and one ticket. */
export default class AdminTicketsController {
  async index(ctx: HttpContext) {
    const staff = ctx.auth.user!
    const organizations = await AdminTicketQueries.organizations()
    const team = await AdminTicketQueries.staff()
    const query = parseInboxQuery(ctx.request.qs(), {
      organizations: organizations.map(({ id }) => id),
      staff: team.map(({ id }) => id),
    })
    const page = await AdminTicketQueries.inbox(staff, query)
    return renderPluginPage(ctx, 'tickets/admin/inbox', {
      tickets: page.all().map((ticket) => AdminTicketTransformer.inboxItem(ticket)),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total, perPage: page.perPage },
      filters: {
        status: query.status,
        organization: query.organization ?? '',
        assignee: query.assignee ?? '',
        flag: query.flag ?? '',
        q: query.q ?? '',
        sort: query.sort,
      },
      organizations: organizations.map(({ id, name }) => ({ id, name })),
      staff: team.map((member) => AdminTicketTransformer.staffOption(member)),
    })
  }

  /** Opening a ticket marks it read for this staff member. */
  async show(ctx: HttpContext) {
    const staff = ctx.auth.user!
    const ticket = await AdminTicketQueries.detail(ctx.params.id)
    await TicketReads.markRead(ticket, staff)
    const team = await AdminTicketQueries.staff()
    return renderPluginPage(ctx, 'tickets/admin/show', {
      ticket: AdminTicketTransformer.detail(ticket),
      messages: AdminTicketTransformer.thread(ticket.messages),
      staff: team.map((member) => AdminTicketTransformer.staffOption(member)),
      limits: attachmentLimits(),
    })
  }
}
