import type { HttpContext } from '@adonisjs/core/http'
import { recordPluginAction } from '#plugin_kit/audit'
import { imapEnabled } from '#plugin_kit/imap'
import ReviewInboundMail from '../../actions/review_inbound_mail.js'
import InboundMail from '../../models/inbound_mail.js'
import Ticket from '../../models/ticket.js'
import SupportMailbox from '../../services/support_mailbox.js'
import {
  discardInboundMailValidator,
  postInboundMailValidator,
} from '../../validators/inbound_mail_validators.js'
import { ticketMessages } from '../../validators/ticket_messages_provider.js'

/** Mails shown at once; more wait until these are handled. */
const REVIEW_PAGE_SIZE = 50

/**
 * Replies by email that were not posted by themselves (unknown sender, bad
 * or missing reply address, …): staff add them to a ticket or discard them.
 * Also shows whether the mailbox can be read.
 */
export default class AdminInboundMailsController {
  async index({ inertia }: HttpContext) {
    // The list never loads the raw mails: processing saved their text and attachment count.
    const mails = await InboundMail.query()
      .where('status', 'review')
      .orderBy('id', 'desc')
      .limit(REVIEW_PAGE_SIZE)
      .select(
        'id',
        'from_address',
        'from_name',
        'to_address',
        'subject',
        'reason',
        'text',
        'attachment_count',
        'ticket_id',
        'received_at',
        'created_at'
      )
    const ticketIds = [...new Set(mails.flatMap((mail) => (mail.ticketId ? [mail.ticketId] : [])))]
    const tickets = ticketIds.length ? await Ticket.query().whereIn('id', ticketIds) : []
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]))
    const state = await SupportMailbox.state()
    const items = []
    for (const mail of mails) {
      const ticket = mail.ticketId ? (byId.get(mail.ticketId) ?? null) : null
      const customer = await ReviewInboundMail.customerFor(mail, ticket)
      items.push({
        id: mail.id,
        from: mail.fromName ? `${mail.fromName} <${mail.fromAddress}>` : mail.fromAddress,
        to: mail.toAddress,
        subject: mail.subject,
        receivedAt: (mail.receivedAt ?? mail.createdAt).toISO()!,
        reason: mail.reason,
        text: mail.text ?? '',
        attachments: mail.attachmentCount ?? 0,
        ticketNumber: ticket?.number ?? null,
        /** whom staff may publish it as (From, not verified), else null: only a note */
        customer: customer ? (customer.name ?? customer.email) : null,
      })
    }
    return inertia.render('tickets/admin/inbound', {
      enabled: imapEnabled(),
      state: {
        lastSuccessAt: state.lastSuccessAt?.toISO() ?? null,
        lastErrorAt: state.lastErrorAt?.toISO() ?? null,
        lastError: state.lastError,
      },
      mails: items,
    })
  }

  /** "Zum Ticket hinzufügen": an internal note; as the customer's reply only when staff choose it (and may). */
  async post(ctx: HttpContext) {
    const { request, response, session, i18n, params, auth } = ctx
    const input = await request.validateUsing(postInboundMailValidator, {
      messagesProvider: ticketMessages(i18n),
    })
    const ticket = await Ticket.findByOrFail('number', input.ticket)
    const mail = await InboundMail.find(Number(params.id) || 0)
    const asCustomer = request.input('as') === 'customer'
    const posted = mail
      ? await ReviewInboundMail.post(mail.id, ticket, auth.user!, { asCustomer })
      : 'gone'
    if (!mail || typeof posted === 'string') {
      session.flash('error', i18n.t(`tickets.admin.inbound.flash.${posted}`))
      return response.redirect().toRoute('admin.tickets.inbound')
    }
    await recordPluginAction(ctx, 'tickets.inbound_posted', {
      organizationId: ticket.organizationId,
      recordId: mail.id,
      label: mail.subject ?? mail.messageId,
      meta: {
        number: ticket.number,
        from: mail.fromAddress,
        as: posted.customer ? 'reply' : 'note',
      },
    })
    session.flash(
      'success',
      posted.customer
        ? i18n.t('tickets.admin.inbound.flash.posted_reply', {
            number: ticket.number,
            sender: posted.customer.name ?? posted.customer.email,
          })
        : i18n.t('tickets.admin.inbound.flash.posted_note', { number: ticket.number })
    )
    return response.redirect().toRoute('admin.tickets.inbound')
  }

  async discard(ctx: HttpContext) {
    const { request, response, session, i18n, params } = ctx
    await request.validateUsing(discardInboundMailValidator, {
      messagesProvider: ticketMessages(i18n),
    })
    const mail = await ReviewInboundMail.discard(Number(params.id) || 0)
    if (!mail) {
      session.flash('error', i18n.t('tickets.admin.inbound.flash.gone'))
      return response.redirect().toRoute('admin.tickets.inbound')
    }
    await recordPluginAction(ctx, 'tickets.inbound_discarded', {
      organizationId: null,
      recordId: mail.id,
      label: mail.subject ?? mail.messageId,
      meta: { from: mail.fromAddress, reason: mail.reason },
    })
    session.flash('success', i18n.t('tickets.admin.inbound.flash.discarded'))
    return response.redirect().toRoute('admin.tickets.inbound')
  }
}
