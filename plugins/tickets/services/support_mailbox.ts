import { createHash } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { simpleParser, type AddressObject } from 'mailparser'
import { imapMailbox, withImapClient } from '#plugin_kit/imap'

/** The keyword the portal sets on a mail it has stored (besides \Seen): it is never fetched again. */
export const IMPORTED_KEYWORD = '$PortalImported'

/** Mails taken per run; the rest come with the next runs (a run stays short). */
const BATCH_SIZE = 50

/** A mail larger than maxBytes (30 MB) is stored with its headers only and held for review ("too_large"). */
export const mailboxLimits = { maxBytes: 30 * 1024 * 1024 }

export type MailboxState = {
  lastSuccessAt: DateTime | null
  lastErrorAt: DateTime | null
  lastError: string | null
}

/**
 * Takes new mails out of the support mailbox into tickets_inbound_mails.
 * Each mail is stored (raw, once per Message-ID) and committed before it is
 * marked on the server, so a crash in between means the next run fetches it
 * again and the insert does nothing: no mail is lost, none stored twice.
 * Mails stay in the mailbox; the portal only marks them.
 */
export default class SupportMailbox {
  /** Returns how many new mails were stored; throws when the server cannot be read (and records why). */
  static async fetch(): Promise<number> {
    let stored = 0
    try {
      await withImapClient(async (client) => {
        const lock = await client.getMailboxLock(imapMailbox())
        try {
          // Servers that allow own keywords (almost all) get ours, so a person reading the mailbox
          // in a mail program (which sets \Seen) takes nothing away from the portal.
          const mailbox = client.mailbox
          const keywords = Boolean(mailbox && mailbox.permanentFlags?.has('\\*'))
          const query = keywords ? { unKeyword: IMPORTED_KEYWORD } : { seen: false }
          const uids = (await client.search(query, { uid: true })) || []
          for (const uid of uids.slice(0, BATCH_SIZE)) {
            // The size first: an oversized mail's body is never downloaded.
            const head = await client.fetchOne(
              String(uid),
              { size: true, internalDate: true },
              { uid: true }
            )
            if (!head) continue
            const internalDate = head.internalDate ? new Date(head.internalDate) : null
            const tooLarge = (head.size ?? 0) > mailboxLimits.maxBytes
            const message = await client.fetchOne(
              String(uid),
              tooLarge ? { headers: true } : { source: true },
              { uid: true }
            )
            const bytes = message ? (tooLarge ? message.headers : message.source) : undefined
            if (!bytes) continue
            try {
              if (await this.store(bytes, internalDate, tooLarge ? head.size : null)) stored++
            } catch (error) {
              // One mail the database refuses must not block every later one: it is kept for review.
              logger.error(
                { err: error, uid },
                'a mail from the support mailbox could not be stored'
              )
              if (await this.storeUnreadable(bytes, internalDate)) stored++
            }
            await client.messageFlagsAdd(
              String(uid),
              keywords ? [IMPORTED_KEYWORD, '\\Seen'] : ['\\Seen'],
              { uid: true }
            )
          }
        } finally {
          lock.release()
        }
      })
    } catch (error) {
      await this.#record({
        last_error_at: new Date(),
        last_error: describe(error),
      })
      throw error
    }
    await this.#record({ last_success_at: new Date() })
    return stored
  }

  /**
   * Stores one raw mail unless its Message-ID is known; true when it was new.
   * A mail without a Message-ID is known by a hash of its bytes. A different
   * mail under a known Message-ID is stored under a suffixed id and held for
   * review ("duplicate_id"). With fullSize, the bytes are only the headers of
   * a mail too large to fetch: it is held for review ("too_large").
   */
  static async store(
    source: Buffer,
    receivedAt: Date | null = null,
    fullSize: number | null = null
  ): Promise<boolean> {
    const parsed = await simpleParser(source, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
    })
    const hash = sha256(source)
    const messageId = clean(parsed.messageId?.trim(), 998) || noMessageId(hash)
    const from = parsed.from?.value[0]
    const now = new Date()
    const row = {
      message_id: messageId,
      from_address: clean(from?.address?.toLowerCase(), 320) || null,
      from_name: clean(from?.name, 255) || null,
      to_address: clean(addressesOf(parsed.to).join(', '), 998) || null,
      subject: clean(parsed.subject, 998) ?? null,
      raw: source,
      raw_sha256: hash,
      size: fullSize ?? source.byteLength,
      status: fullSize === null ? 'received' : 'review',
      reason: fullSize === null ? null : 'too_large',
      processed_at: fullSize === null ? null : now,
      received_at: receivedAt ?? parsed.date ?? now,
      created_at: now,
      updated_at: now,
    }
    const inserted = await db
      .table('tickets_inbound_mails')
      .insert(row)
      .onConflict('message_id')
      .ignore()
      .returning('id')
    if (inserted.length) return true
    const known = await db
      .from('tickets_inbound_mails')
      .where('message_id', messageId)
      .select('raw_sha256')
      .first()
    // The same mail again (redelivery, a crash before the flag): nothing to do.
    if (!known || known.raw_sha256 === null || known.raw_sha256 === hash) return false
    const again = await db
      .table('tickets_inbound_mails')
      .insert({
        ...row,
        message_id: `${messageId.slice(0, 900)}#${hash}`,
        // Processing reads it (its text for the review page) and holds it for review.
        reason: 'duplicate_id',
      })
      .onConflict('message_id')
      .ignore()
      .returning('id')
    return again.length > 0
  }

  /** A mail that could not be stored as usual: a minimal row for review, known by its hash. */
  static async storeUnreadable(source: Buffer, receivedAt: Date | null): Promise<boolean> {
    const hash = sha256(source)
    const now = new Date()
    const inserted = await db
      .table('tickets_inbound_mails')
      .insert({
        message_id: noMessageId(hash),
        raw: source,
        raw_sha256: hash,
        size: source.byteLength,
        status: 'review',
        reason: 'unreadable',
        received_at: receivedAt ?? now,
        processed_at: now,
        created_at: now,
        updated_at: now,
      })
      .onConflict('message_id')
      .ignore()
      .returning('id')
    return inserted.length > 0
  }

  /** When the mailbox was last read, and the last error, for the review page. */
  static async state(): Promise<MailboxState> {
    const row = await db.from('tickets_inbound_state').where('id', 1).first()
    const time = (value: Date | null | undefined) => (value ? DateTime.fromJSDate(value) : null)
    return {
      lastSuccessAt: time(row?.last_success_at),
      lastErrorAt: time(row?.last_error_at),
      lastError: row?.last_error ?? null,
    }
  }

  static async #record(values: Record<string, unknown>) {
    await db
      .table('tickets_inbound_state')
      .insert({ id: 1, ...values })
      .onConflict('id')
      .merge(Object.keys(values))
  }
}

function sha256(bytes: Buffer) {
  return createHash('sha256').update(bytes).digest('hex')
}

function noMessageId(hash: string) {
  return `<${hash}@no-message-id.invalid>`
}

/** Text as PostgreSQL takes it: no NUL characters (a decoded header may carry one), cut to the column. */
export function clean(value: string | undefined | null, max: number) {
  return value === undefined || value === null
    ? undefined
    : value.replaceAll('\0', '').slice(0, max)
}

/** Every address of a To/Cc header (mailparser gives one object or several). */
export function addressesOf(header: AddressObject | AddressObject[] | undefined): string[] {
  const objects = header ? (Array.isArray(header) ? header : [header]) : []
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => [
      ...(entry.address ? [entry.address] : []),
      ...(entry.group ?? []).flatMap((member) => (member.address ? [member.address] : [])),
    ])
  )
}

/** A short reason staff can act on ("connection refused", "authentication failed"), no stack. */
function describe(error: unknown) {
  if (error && typeof error === 'object') {
    const { code, message, responseText } = error as {
      code?: string
      message?: string
      responseText?: string
    }
    return [code, responseText ?? message].filter(Boolean).join(': ').slice(0, 500) || 'unknown'
  }
  return String(error).slice(0, 500)
}
