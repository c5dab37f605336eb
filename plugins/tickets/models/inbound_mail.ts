import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type InboundMailStatus = 'received' | 'posted' | 'review' | 'discarded'

/** Why a mail was not posted by itself: staff see it on the review page. */
export type InboundMailReason =
  | 'missing_address'
  | 'bad_signature'
  | 'ticket_not_found'
  | 'unknown_sender'
  | 'not_allowed'
  | 'empty'
  | 'auto_reply'
  | 'unreadable'
  | 'too_large'
  | 'several_senders'
  | 'duplicate_id'

/**
 * A mail fetched from the support mailbox, kept raw (docs/mail-replies.md):
 * "received" until it is processed, then "posted" to its ticket or held for
 * "review" by staff, who post or "discarded" it.
 */
export default class InboundMail extends BaseModel {
  static table = 'tickets_inbound_mails'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare messageId: string

  @column()
  declare fromAddress: string | null

  @column()
  declare fromName: string | null

  @column()
  declare toAddress: string | null

  @column()
  declare subject: string | null

  @column({ serializeAs: null })
  declare raw: Buffer

  @column()
  declare size: number

  /** sha256 of the raw bytes as fetched (a different mail under a known Message-ID is told apart) */
  @column({ columnName: 'raw_sha256' })
  declare rawSha256: string | null

  /** the mail's new text as processing read it (for the review page, which never parses raw) */
  @column()
  declare text: string | null

  @column()
  declare attachmentCount: number | null

  @column()
  declare status: InboundMailStatus

  @column()
  declare reason: InboundMailReason | null

  @column()
  declare note: string | null

  @column()
  declare ticketId: number | null

  @column()
  declare ticketMessageId: number | null

  @column.dateTime()
  declare receivedAt: DateTime | null

  @column.dateTime()
  declare processedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
