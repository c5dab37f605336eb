import { MailDeliverySchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'

export type MailDeliveryStatus = 'queued' | 'sent' | 'failed'

/**
 * One mail a request handed off (app/services/mail_outbox.ts): queued until
 * it is sent, or failed after its last try. The message itself is encrypted
 * and never leaves the server through a model (serializeAs: null).
 */
export default class MailDelivery extends MailDeliverySchema {
  declare status: MailDeliveryStatus

  @column({ serializeAs: null })
  declare message: string | null
}
