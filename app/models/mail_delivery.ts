import { MailDeliverySchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'

export type MailDeliveryStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dismissed'

/**
 * One mail a request handed off (app/services/mail_outbox.ts): queued until
 * a job claims it (sending), then sent, or failed after its last try (until
 * staff send it again or dismiss it). The message itself is encrypted and
 * never leaves the server through a model (serializeAs: null).
 */
export default class MailDelivery extends MailDeliverySchema {
  declare status: MailDeliveryStatus

  @column({ serializeAs: null })
  declare message: string | null
}
