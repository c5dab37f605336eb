import type { HttpContext } from '@adonisjs/core/http'
import { recordStaffAction } from '#services/audit_log'
import AddTicketMessage from '../../actions/add_ticket_message.js'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import TicketNotifier from '../../services/ticket_notifier.js'
import TicketReads from '../../services/ticket_reads.js'
import { staffReplyValidator } from '../../validators/admin_ticket_validators.js'
import { ticketMessages } from '../../validators/ticket_messages_provider.js'

/**
 * A staff answer (mailed to the requester and followers) or an internal note
 * (mailed to nobody; only a status change it carries is announced, without
 * the note). Either may set the ticket's status at the same time.
 */
export default class AdminTicketRepliesController {
  async store(ctx: HttpContext) {
    const staff = ctx.auth.user!
    const ticket = await AdminTicketQueries.find(ctx.params.id)
    const input = await ctx.request.validateUsing(staffReplyValidator, {
      messagesProvider: ticketMessages(ctx.i18n).with({
        'body:required': 'staff_body_required',
        'body:minLength': 'staff_body_required',
      }),
    })
    const previous = ticket.status
    const files = input.attachments ?? []
    const message = await AddTicketMessage.handle(ticket, staff, {
      body: input.body,
      files,
      isInternal: input.internal ?? false,
      status: input.status,
    })
    const audit = { organizationId: ticket.organizationId }
    await recordStaffAction(ctx, message.isInternal ? 'tickets.note_added' : 'tickets.replied', {
      ...audit,
      meta: { number: ticket.number, count: files.length },
    })
    if (ticket.status !== previous) {
      await recordStaffAction(ctx, 'tickets.status_changed', {
        ...audit,
        meta: { number: ticket.number, from: previous, to: ticket.status },
      })
    }

    if (!message.isInternal) await TicketNotifier.staffReplied(ticket, message, staff)
    else if (ticket.status !== previous) await TicketNotifier.statusChanged(ticket, staff)
    // Whoever wrote last has read everything before it.
    await TicketReads.markRead(ticket, staff)

    ctx.session.flash(
      'success',
      ctx.i18n.t(
        message.isInternal ? 'tickets.admin.flash.note_added' : 'tickets.admin.flash.replied'
      )
    )
    return ctx.response.redirect().toRoute('admin.tickets.show', { id: ticket.id })
  }
}
