import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import User from '#models/user'
import AddTicketMessage from './add_ticket_message.js'
import InboundMail from '../models/inbound_mail.js'
import type Ticket from '../models/ticket.js'
import type TicketMessage from '../models/ticket_message.js'
import TicketPolicy from '../policies/ticket_policy.js'
import { readMail } from '../services/inbound_mail_processor.js'
import TicketNotifier from '../services/ticket_notifier.js'

export type PostedInboundMail = {
  /** the customer it was posted as, or null for an internal note by staff */
  customer: User | null
  message: TicketMessage
}

/**
 * What staff decide on the review page. "Zum Ticket hinzufügen": when the
 * sender is a customer who may see that ticket, the mail becomes their
 * reply (as if it had come in by itself, reopening a closed ticket);
 * anyone else's mail becomes an internal note by the staff member, naming
 * the sender, so no stranger's text ever reaches a customer unseen.
 * "Verwerfen" sets it aside (its raw mail stays stored). Both act only on
 * a mail still in review (a second click, or a colleague's, does nothing)
 * and return null then.
 */
export default class ReviewInboundMail {
  static async post(id: number, ticket: Ticket, staff: User): Promise<PostedInboundMail | null> {
    const mail = await InboundMail.find(id)
    if (!mail || mail.status !== 'review') return null
    const read = await readMail(mail.raw)
    const sender = mail.fromAddress ? await User.findByEmail(mail.fromAddress) : null
    const customer =
      sender &&
      !sender.isStaff &&
      sender.status !== 'disabled' &&
      (await new TicketPolicy().view(sender, ticket))
        ? sender
        : null
    const t = (key: string, values?: Record<string, unknown>) =>
      i18nManager.locale(i18nManager.defaultLocale).t(`tickets.${key}`, values)
    const text = read.text || (mail.subject ?? '')
    const senderLabel = mail.fromName
      ? `${mail.fromName} <${mail.fromAddress ?? '?'}>`
      : (mail.fromAddress ?? '?')
    const body = customer
      ? text || t('inbound.files_only')
      : `${t('inbound.note_from', { sender: senderLabel })}\n\n${text}`.trim()

    const posted = await db.transaction(async (trx) => {
      const row = await InboundMail.query({ client: trx }).where('id', id).forUpdate().first()
      if (!row || row.status !== 'review') return null
      const wasClosed = ticket.isClosed
      const message = await AddTicketMessage.handle(ticket, customer ?? staff, {
        body: body.slice(0, 20000),
        fileBytes: read.files,
        isInternal: !customer,
        status: customer ? AddTicketMessage.statusAfterCustomerReply(ticket.status) : undefined,
        client: trx,
      })
      row.merge({
        status: 'posted',
        ticketId: ticket.id,
        ticketMessageId: message.id,
        processedAt: DateTime.now(),
      })
      await row.save()
      return { message, wasClosed }
    })
    if (!posted) return null
    await ticket.refresh()
    if (customer) {
      await TicketNotifier.customerReplied(ticket, posted.message, customer)
      if (posted.wasClosed) await TicketNotifier.statusChanged(ticket, customer)
    }
    return { customer, message: posted.message }
  }

  static async discard(id: number): Promise<InboundMail | null> {
    const updated = await InboundMail.query()
      .where('id', id)
      .where('status', 'review')
      .update({ status: 'discarded', processed_at: new Date(), updated_at: new Date() })
      .returning('*')
    return updated.length ? InboundMail.find(id) : null
  }
}
