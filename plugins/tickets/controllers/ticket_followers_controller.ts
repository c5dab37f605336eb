import type { HttpContext } from '@adonisjs/core/http'
import TicketFollowers from '../services/ticket_followers.js'
import { findVisibleTicket } from '../services/ticket_scope.js'

/**
 * Follow and unfollow a ticket, for anyone who can see it (same scope as the
 * detail page, so anything else is a 404). Both are idempotent; the
 * requester follows implicitly and cannot unfollow.
 */
export default class TicketFollowersController {
  async follow(ctx: HttpContext) {
    const user = ctx.auth.user!
    const ticket = await findVisibleTicket(user, ctx.params.id)
    if (ticket.createdByUserId !== user.id) {
      await TicketFollowers.follow(ticket, user)
      ctx.session.flash('success', ctx.i18n.t('tickets.flash.followed'))
    }
    return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
  }

  async unfollow(ctx: HttpContext) {
    const user = ctx.auth.user!
    const ticket = await findVisibleTicket(user, ctx.params.id)
    if (ticket.createdByUserId !== user.id) {
      await TicketFollowers.unfollow(ticket, user)
      ctx.session.flash('success', ctx.i18n.t('tickets.flash.unfollowed'))
    }
    return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
  }
}
