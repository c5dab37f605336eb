import type { HttpContext } from '@adonisjs/core/http'
import ChangeTicketStatus from '../actions/change_ticket_status.js'
import type { TicketStatus } from '../models/ticket.js'
import TicketNotifier from '../services/ticket_notifier.js'
import { findVisibleTicket } from '../services/ticket_scope.js'

/** Close and reopen, by anyone who can see the ticket. The page asks before closing. */
export default class TicketStatusController {
  async close(ctx: HttpContext) {
    return this.#change(ctx, 'closed', 'tickets.flash.closed')
  }

  async reopen(ctx: HttpContext) {
    return this.#change(ctx, 'open', 'tickets.flash.reopened')
  }

  async #change(ctx: HttpContext, status: TicketStatus, flash: string) {
    const user = ctx.auth.user!
    const ticket = await findVisibleTicket(user, ctx.params.id)
    if (status === 'open' && !ticket.isClosed) {
      return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
    }
    if ((await ChangeTicketStatus.handle(ticket, status)) !== null) {
      await TicketNotifier.statusChanged(ticket, user)
      ctx.session.flash('success', ctx.i18n.t(flash))
    }
    return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
  }
}
