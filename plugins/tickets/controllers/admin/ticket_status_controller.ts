import type { HttpContext } from '@adonisjs/core/http'
import { recordStaffAction } from '#services/audit_log'
import ChangeTicketStatus from '../../actions/change_ticket_status.js'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import TicketNotifier from '../../services/ticket_notifier.js'
import { ticketStatusValidator } from '../../validators/admin_ticket_validators.js'
import { ticketMessages } from '../../validators/ticket_messages_provider.js'

/** Staff set any status; the requester and followers hear about it as on the customer side. */
export default class AdminTicketStatusController {
  async update(ctx: HttpContext) {
    const ticket = await AdminTicketQueries.find(ctx.params.id)
    const { status } = await ctx.request.validateUsing(ticketStatusValidator, {
      messagesProvider: ticketMessages(ctx.i18n),
    })
    const previous = await ChangeTicketStatus.handle(ticket, status)
    if (previous !== null) {
      await recordStaffAction(ctx, 'tickets.status_changed', {
        organizationId: ticket.organizationId,
        meta: { number: ticket.number, from: previous, to: status },
      })
      await TicketNotifier.statusChanged(ticket, ctx.auth.user!)
      ctx.session.flash(
        'success',
        ctx.i18n.t('tickets.admin.flash.status_changed', {
          status: ctx.i18n.t(`tickets.status.${status}`),
        })
      )
    }
    return ctx.response.redirect().toRoute('admin.tickets.show', { id: ticket.id })
  }
}
