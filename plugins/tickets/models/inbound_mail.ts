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
