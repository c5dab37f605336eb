import type { HttpContext } from '@adonisjs/core/http'
import { recordStaffAction } from '#services/audit_log'
import AssignTicket from '../../actions/assign_ticket.js'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import { assignTicketValidator } from '../../validators/admin_ticket_validators.js'
import { ticketMessages } from '../../validators/ticket_messages_provider.js'

/** Gives a ticket to a staff member (or to nobody); the audit event is about the new assignee. */
export default class AdminTicketAssignmentController {
  async update(ctx: HttpContext) {
    const ticket = await AdminTicketQueries.find(ctx.params.id)
    const { assignee } = await ctx.request.validateUsing(assignTicketValidator, {
      messagesProvider: ticketMessages(ctx.i18n),
    })
    const change = await AssignTicket.handle(ticket, assignee ?? null)
    if (change) {
      const name = (user: { name: string | null; email: string } | null) =>
        user ? (user.name ?? user.email) : '–'
      await recordStaffAction(ctx, 'tickets.assigned', {
        user: change.assignee,
        organizationId: ticket.organizationId,
        meta: { number: ticket.number, from: name(change.previous), to: name(change.assignee) },
      })
      ctx.session.flash(
        'success',
        change.assignee
          ? ctx.i18n.t('tickets.admin.flash.assigned', { name: name(change.assignee) })
          : ctx.i18n.t('tickets.admin.flash.unassigned')
      )
    }
    return ctx.response.redirect().toRoute('admin.tickets.show', { id: ticket.id })
  }
}
