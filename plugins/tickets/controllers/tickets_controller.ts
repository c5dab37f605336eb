import type { HttpContext } from '@adonisjs/core/http'
import OpenTicket from '../actions/open_ticket.js'
import TicketNotifier from '../services/ticket_notifier.js'
import TicketQueries from '../services/ticket_queries.js'
import TicketFollowers from '../services/ticket_followers.js'
import { attachmentLimits } from '../services/attachment_store.js'
import TicketTransformer from '../transformers/ticket_transformer.js'
import { createTicketValidator, parseListQuery } from '../validators/ticket_validators.js'
import { ticketMessages } from '../validators/ticket_messages_provider.js'

/** The customer's tickets: list, new ticket, detail. */
export default class TicketsController {
  async index(ctx: HttpContext) {
    const query = parseListQuery(ctx.request.qs())
    const { rows, meta } = await TicketQueries.list(ctx.auth.user!, query)
    return ctx.inertia.render('tickets/index', {
      tickets: rows.map((ticket) => TicketTransformer.listItem(ticket)),
      meta,
      filters: { status: query.status ?? '', q: query.q ?? '', sort: query.sort },
    })
  }

  async create(ctx: HttpContext) {
    return ctx.inertia.render('tickets/create', { limits: attachmentLimits() })
  }

  /** Invalid input (a refused file, say) goes back to the form with the errors under the fields. */
  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(createTicketValidator, {
      messagesProvider: ticketMessages(ctx.i18n),
    })
    const user = ctx.auth.user!
    const { ticket, message } = await OpenTicket.handle(user, {
      subject: input.subject,
      body: input.body,
      priority: input.priority,
      files: input.attachments,
    })
    await TicketNotifier.opened(ticket, message, user)
    ctx.session.flash('success', ctx.i18n.t('tickets.flash.created', { number: ticket.number }))
    return ctx.response.redirect().toRoute('tickets.show', { id: ticket.id })
  }

  /** Another organization's ticket, or a colleague's for an own-only user, is a 404. */
  async show(ctx: HttpContext) {
    const user = ctx.auth.user!
    const ticket = await TicketQueries.detail(user, ctx.params.id)
    return ctx.inertia.render('tickets/show', {
      ticket: TicketTransformer.detail(ticket),
      following: TicketTransformer.following(
        ticket,
        user,
        await TicketFollowers.isFollowing(ticket, user)
      ),
      messages: TicketTransformer.thread(ticket.messages),
      limits: attachmentLimits(),
    })
  }
}
