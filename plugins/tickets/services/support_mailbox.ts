import { createHash } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { simpleParser, type AddressObject } from 'mailparser'
import { imapMailbox, withImapClient } from '#plugin_kit/imap'

/** The keyword the portal sets on a mail it has stored (besides \Seen): it is never fetched again. */
export const IMPORTED_KEYWORD = '$PortalImported'

/** Mails taken per run; the rest come with the next runs (a run stays short). */
const BATCH_SIZE = 50

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
            const message = await client.fetchOne(
              String(uid),
              { source: true, internalDate: true },
              { uid: true }
            )
            if (!message || !message.source) continue
            const internalDate = message.internalDate ? new Date(message.internalDate) : null
            if (await this.store(message.source, internalDate)) stored++
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
   * A mail without a Message-ID is known by a hash of its bytes.
   */
  static async store(source: Buffer, receivedAt: Date | null = null): Promise<boolean> {
    const parsed = await simpleParser(source, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
    })
    const messageId =
      parsed.messageId?.trim() ||
      `<${createHash('sha256').update(source).digest('hex')}@no-message-id.invalid>`
    const from = parsed.from?.value[0]
    const now = new Date()
    const inserted = await db
      .table('tickets_inbound_mails')
      .insert({
        message_id: messageId.slice(0, 998),
        from_address: from?.address?.toLowerCase().slice(0, 320) ?? null,
        from_name: from?.name?.slice(0, 255) || null,
        to_address: addressesOf(parsed.to).join(', ').slice(0, 998) || null,
        subject: parsed.subject?.slice(0, 998) ?? null,
        raw: source,
        size: source.byteLength,
        status: 'received',
        received_at: receivedAt ?? parsed.date ?? now,
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
