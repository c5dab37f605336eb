import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import User from '#models/user'
import AddTicketMessage from './add_ticket_message.js'
import InboundMail from '../models/inbound_mail.js'
import Ticket from '../models/ticket.js'
import type TicketMessage from '../models/ticket_message.js'
import TicketPolicy from '../policies/ticket_policy.js'
import { readMail } from '../services/inbound_mail_processor.js'
import TicketNotifier from '../services/ticket_notifier.js'

export type PostedInboundMail = {
  /** the customer it was posted as, or null for an internal note by staff */
  customer: User | null
  message: TicketMessage
}

/** Why a mail could not be posted: gone (handled meanwhile), unreadable, or not postable as the customer. */
export type ReviewFailure = 'gone' | 'unreadable' | 'not_customer'

/** Reasons whose mail staff may publish as the customer's reply (never a bad signature). */
export const PUBLISHABLE_REASONS = ['missing_address', 'unknown_sender'] as const

/**
 * What staff decide on the review page. "Zum Ticket hinzufügen" posts the
 * mail as an internal note by the staff member, naming the sender: the From
 * header of a held mail is not verified, so no one's text reaches a customer
 * unseen. Only for a mail held because it was not sent to a reply address or
 * came from another address than the one it was made for, staff may choose
 * "als Antwort von <Kunde> veröffentlichen" (the page warns that the sender
 * is not verified); then the sender must be a customer who may see the
 * ticket. Never for a bad signature. "Verwerfen" sets it aside (its raw mail
 * stays stored). Both act only on a mail still in review (a second click, or
 * a colleague's, does nothing).
 */
export default class ReviewInboundMail {
  /** The customer a held mail could be published as (its From; not verified), or null. */
  static async customerFor(mail: InboundMail, ticket: Ticket | null): Promise<User | null> {
    if (!(PUBLISHABLE_REASONS as readonly string[]).includes(mail.reason ?? '')) return null
    const sender = mail.fromAddress ? await User.findByEmail(mail.fromAddress) : null
    if (!sender || sender.isStaff || sender.status === 'disabled') return null
    if (ticket && !(await new TicketPolicy().view(sender, ticket))) return null
    return sender
  }

  static async post(
    id: number,
    ticket: Ticket,
    staff: User,
    options: { asCustomer?: boolean } = {}
  ): Promise<PostedInboundMail | ReviewFailure> {
    const mail = await InboundMail.find(id)
    if (!mail || mail.status !== 'review') return 'gone'
    let read: Awaited<ReturnType<typeof readMail>> | null
    try {
      read = await readMail(mail.raw)
    } catch {
      read = null
    }
    if (!read) return 'unreadable'
    const customer = options.asCustomer ? await this.customerFor(mail, ticket) : null
    if (options.asCustomer && !customer) return 'not_customer'
    const t = (key: string, values?: Record<string, unknown>) =>
      i18nManager.locale(i18nManager.defaultLocale).t(`tickets.${key}`, values)
    const text = read.text || (mail.subject ?? '')
    const senderLabel = mail.fromName
      ? `${mail.fromName} <${mail.fromAddress ?? '?'}>`
      : (mail.fromAddress ?? '?')
    const body = customer
      ? text || t('inbound.files_only')
      : `${t('inbound.note_from', { sender: senderLabel })}\n\n${text}`.trim()
    const files = read.files

    const posted = await db.transaction(async (trx) => {
      const row = await InboundMail.query({ client: trx }).where('id', id).forUpdate().first()
      if (!row || row.status !== 'review') return null
      const locked = await Ticket.query({ client: trx })
        .where('id', ticket.id)
        .forUpdate()
        .firstOrFail()
      const wasClosed = locked.isClosed
      const message = await AddTicketMessage.handle(locked, customer ?? staff, {
        body: body.slice(0, 20000),
        fileBytes: files,
        isInternal: !customer,
        status: customer ? AddTicketMessage.statusAfterCustomerReply(locked.status) : undefined,
        client: trx,
      })
      row.merge({
        status: 'posted',
        ticketId: locked.id,
        ticketMessageId: message.id,
        processedAt: DateTime.now(),
      })
      await row.save()
      return { message, wasClosed }
    })
    if (!posted) return 'gone'
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
