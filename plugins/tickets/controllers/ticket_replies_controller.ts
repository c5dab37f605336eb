import type { HttpContext } from '@adonisjs/core/http'
import AddTicketMessage from '../actions/add_ticket_message.js'
import TicketNotifier from '../services/ticket_notifier.js'
import { findVisibleTicket } from '../services/ticket_scope.js'
import { replyValidator } from '../validators/ticket_validators.js'
import { ticketMessages } from '../validators/ticket_messages_provider.js'

/** A customer's reply; on a closed ticket it reopens it (see AddTicketMessage). */
export default class TicketRepliesController {
  async store(ctx: HttpContext) {
    const user = ctx.auth.user!
    const ticket = await findVisibleTicket(user, ctx.params.id)
    const input = await ctx.request.validateUsing(replyValidator, {
      messagesProvider: ticketMessages(ctx.i18n),
    })
    const wasClosed = ticket.isClosed
    const message = await AddTicketMessage.handle(ticket, user, {
      body: input.body,
      files: input.attachments,
      status: AddTicketMessage.statusAfterCustomerReply(ticket.status),
    })
    await TicketNotifier.customerReplied(ticket, message, user)
    if (wasClosed) await TicketNotifier.statusChanged(ticket, user)
    ctx.session.flash(
      'success',
      ctx.i18n.t(wasClosed ? 'tickets.flash.replied_reopened' : 'tickets.flash.replied')
    )
    return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
  }
}
