import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import i18nManager from '@adonisjs/i18n/services/main'
import { simpleParser, type ParsedMail } from 'mailparser'
import User from '#models/user'
import { mailLocaleOf } from '#services/user_locale'
import portalConfig from '#config/portal'
import AddTicketMessage from '../actions/add_ticket_message.js'
import type { AttachmentBytes } from '../actions/save_attachments.js'
import InboundMail, { type InboundMailReason } from '../models/inbound_mail.js'
import Ticket from '../models/ticket.js'
import TicketPolicy from '../policies/ticket_policy.js'
import { attachmentRules, contentMatchesExtension } from './attachment_store.js'
import { replyText } from './mail_reply_text.js'
import ReplyAddress from './reply_address.js'
import TicketNotifier from './ticket_notifier.js'
import { addressesOf } from './support_mailbox.js'

/** Mails processed per run; the rest wait for the next one. */
const BATCH_SIZE = 100
const MAX_BODY = 20000

/** What a mail is, read from its raw bytes: its new text and the files it carries. */
export type ReadMail = {
  parsed: ParsedMail
  text: string
  files: AttachmentBytes[]
  /** attachments that break the portal's limits, with why ("zu groß") */
  skipped: { name: string; why: 'size' | 'type' | 'content' | 'empty' | 'count' }[]
}

/**
 * Turns stored mails (status "received") into ticket messages: a reply
 * from the person and to the ticket its signed address names is posted as
 * theirs (a closed ticket opens again, support is told as for any reply);
 * anything else waits for staff on the review page. Each mail is decided
 * in its own transaction that locks its row and only acts on a mail still
 * "received", so processing twice (two workers, a retry after a crash)
 * posts once.
 */
export default class InboundMailProcessor {
  static async processPending() {
    const pending = await InboundMail.query()
      .where('status', 'received')
      .orderBy('id')
      .limit(BATCH_SIZE)
      .select('id')
    for (const { id } of pending) {
      try {
        await this.process(id)
      } catch (error) {
        // One mail the database or the drive refused stays "received" and is tried next run.
        logger.error(
          { err: error, inboundMailId: id },
          'a mail from the support mailbox could not be processed'
        )
      }
    }
  }

  static async process(id: number) {
    const mail = await InboundMail.find(id)
    if (!mail || mail.status !== 'received') return
    const read = await readMail(mail.raw).catch(() => null)
    if (!read) return this.#hold(id, 'unreadable', null)
    const hold = (
      reason: InboundMailReason,
      ticketId: number | null,
      status: 'review' | 'discarded' = 'review'
    ) => this.#hold(id, reason, ticketId, status, read)
    if (mail.reason === 'duplicate_id') return hold('duplicate_id', null)
    if (isAutomatic(read.parsed) || isOwnMail(read.parsed)) {
      return hold('auto_reply', null, 'discarded')
    }
    if (hasSeveralSenders(read.parsed, mail.raw)) return hold('several_senders', null)

    const recipients = [
      ...addressesOf(read.parsed.to),
      ...addressesOf(read.parsed.cc),
      ...headerAddresses(read.parsed, 'delivered-to'),
      ...headerAddresses(read.parsed, 'x-original-to'),
    ]
    const address = ReplyAddress.check(recipients)
    if (!address.valid) {
      return hold(address.reason === 'missing' ? 'missing_address' : 'bad_signature', null)
    }
    const ticket = await Ticket.find(address.ticketId)
    if (!ticket) return hold('ticket_not_found', null)
    const user = await User.find(address.userId)
    const sender = read.parsed.from?.value[0]?.address?.toLowerCase()
    if (!user || !sender || user.email.toLowerCase() !== sender || user.isStaff) {
      return hold('unknown_sender', ticket.id)
    }
    if (user.status === 'disabled' || !(await new TicketPolicy().view(user, ticket))) {
      return hold('not_allowed', ticket.id)
    }
    const body = bodyFor(read, mailLocaleOf(user))
    if (!body) return hold('empty', ticket.id)

    const posted = await db.transaction(async (trx) => {
      const row = await InboundMail.query({ client: trx }).where('id', id).forUpdate().first()
      if (!row || row.status !== 'received') return null
      const locked = await Ticket.query({ client: trx })
        .where('id', ticket.id)
        .forUpdate()
        .firstOrFail()
      const wasClosed = locked.isClosed
      const message = await AddTicketMessage.handle(locked, user, {
        body,
        fileBytes: read.files,
        status: AddTicketMessage.statusAfterCustomerReply(locked.status),
        client: trx,
      })
      row.merge({
        status: 'posted',
        reason: null,
        ticketId: locked.id,
        ticketMessageId: message.id,
        note: skippedNote(read),
        text: read.text,
        attachmentCount: read.files.length,
        processedAt: DateTime.now(),
      })
      await row.save()
      return { ticket: locked, message, wasClosed }
    })
    if (!posted) return
    // After the commit, like the reply form: support hears of the reply, watchers of a reopening.
    await posted.ticket.refresh()
    await TicketNotifier.customerReplied(posted.ticket, posted.message, user)
    if (posted.wasClosed) await TicketNotifier.statusChanged(posted.ticket, user)
  }

  /** Holds a mail for staff (or sets it aside, for automatic replies), once. */
  static async #hold(
    id: number,
    reason: InboundMailReason,
    ticketId: number | null,
    status: 'review' | 'discarded' = 'review',
    read: ReadMail | null = null
  ) {
    await InboundMail.query()
      .where('id', id)
      .where('status', 'received')
      .update({
        status,
        reason,
        ticket_id: ticketId,
        text: read ? read.text.replaceAll('\0', '').slice(0, MAX_BODY) : null,
        attachment_count: read ? read.files.length : null,
        note: read ? skippedNote(read) : null,
        processed_at: new Date(),
        updated_at: new Date(),
      })
  }
}

/** Parses a stored mail: its new text (quotes and signature cut) and the files within the limits. */
export async function readMail(raw: Buffer): Promise<ReadMail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true })
  // Plain text when the mail has it, else its HTML reduced to text (no markup survives).
  // No NUL characters: PostgreSQL refuses them in text columns (an encoded one decodes to it).
  const text = replyText(
    parsed.text ?? (parsed.html ? await htmlAsText(parsed.html) : '')
  ).replaceAll('\0', '')
  const files: AttachmentBytes[] = []
  const skipped: ReadMail['skipped'] = []
  for (const attachment of parsed.attachments) {
    // Images inside an HTML mail (a logo in the signature) are part of its look, not files sent.
    if (attachment.related) continue
    const name = attachment.filename?.replaceAll('\0', '').trim() || 'anhang'
    const extension = name.includes('.') ? name.split('.').at(-1)!.toLowerCase() : ''
    const allowed = (attachmentRules.extnames as readonly string[]).includes(extension)
    if (!allowed) skipped.push({ name, why: 'type' })
    else if (attachment.size === 0) skipped.push({ name, why: 'empty' })
    else if (attachment.size > attachmentRules.maxBytes) skipped.push({ name, why: 'size' })
    else if (!(await contentMatchesExtension(name, attachment.content))) {
      skipped.push({ name, why: 'content' })
    } else if (files.length >= attachmentRules.maxFiles) skipped.push({ name, why: 'count' })
    else files.push({ name, content: attachment.content })
  }
  return { parsed, text, files, skipped }
}

/**
 * HTML as plain text, the way mailparser converts an HTML-only mail (with
 * html-to-text: quotes become "> " lines, scripts and styles vanish). It
 * does so by itself only when the HTML is the mail's whole body; an HTML
 * part beside inline images (multipart/related, as Outlook sends) is
 * handed to it here as a body of its own.
 */
async function htmlAsText(html: string) {
  const parsed = await simpleParser(
    Buffer.from(
      `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${html}`
    ),
    { skipImageLinks: true, skipTextToHtml: true }
  )
  return parsed.text || ''
}

/**
 * The message as posted: the reply's text, and a line for each attachment
 * that was left out (in the customer's language, so they see it too).
 * Null when there is nothing to post.
 */
function bodyFor(read: ReadMail, locale: string): string | null {
  const i18n = i18nManager.locale(locale)
  const parts: string[] = []
  if (read.text) parts.push(read.text)
  else if (read.files.length) parts.push(i18n.t('tickets.inbound.files_only'))
  else return null
  if (read.skipped.length) {
    parts.push(
      read.skipped
        .map(({ name, why }) =>
          i18n.t(`tickets.inbound.skipped_${why}`, {
            name,
            maxSize: '10 MB',
            maxFiles: attachmentRules.maxFiles,
          })
        )
        .join('\n')
    )
  }
  const body = parts.join('\n\n')
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 1)}…` : body
}

function skippedNote(read: ReadMail) {
  return read.skipped.length
    ? read.skipped.map(({ name, why }) => `${name} (${why})`).join(', ')
    : null
}

/** Out-of-office notes and other automatic mails (RFC 3834) are never posted: they could loop. */
function isAutomatic(parsed: ParsedMail) {
  const header = (name: string) => String(parsed.headers.get(name) ?? '').toLowerCase()
  const autoSubmitted = header('auto-submitted')
  if (autoSubmitted && autoSubmitted !== 'no') return true
  if (['auto_reply', 'bulk', 'junk', 'list'].includes(header('precedence'))) return true
  return parsed.headers.has('x-autoreply') || parsed.headers.has('x-autorespond')
}

/** Every address of a header such as Delivered-To, which may come several times (an array then). */
function headerAddresses(parsed: ParsedMail, name: string): string[] {
  const value = parsed.headers.get(name)
  const values: unknown[] = Array.isArray(value) ? value : value ? [value] : []
  return values.flatMap((entry) => {
    if (typeof entry === 'string') return [entry.trim().replace(/^.*<|>.*$/g, '')]
    if (entry && typeof entry === 'object' && 'value' in entry && Array.isArray(entry.value)) {
      return addressesOf(entry as never)
    }
    return []
  })
}

/** The portal's own mails (from MAIL_FROM) that came back into the mailbox are never posted. */
function isOwnMail(parsed: ParsedMail) {
  const own = portalConfig.mailFrom.toLowerCase()
  return (parsed.from?.value ?? []).some((entry) => entry.address?.toLowerCase() === own)
}

/**
 * A mail with more than one author is not trusted to be anyone's reply:
 * several addresses in From, several From lines, or a Sender other than From.
 */
function hasSeveralSenders(parsed: ParsedMail, raw: Buffer) {
  const from = parsed.from?.value ?? []
  if (from.length !== 1) return true
  const end = raw.indexOf('\r\n\r\n')
  const headers = raw.subarray(0, end === -1 ? raw.indexOf('\n\n') : end).toString('latin1')
  if ((headers.match(/^from[ \t]*:/gim) ?? []).length > 1) return true
  const sender = parsed.headers.get('sender') as { value?: { address?: string }[] } | undefined
  const senders = (sender?.value ?? []).map((entry) => entry.address?.toLowerCase())
  const author = from[0].address?.toLowerCase()
  return senders.some((address) => address !== author)
}
