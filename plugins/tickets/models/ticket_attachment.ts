import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A file of a message; the bytes live privately on the drive under driveKey. */
export default class TicketAttachment extends BaseModel {
  static table = 'tickets_attachments'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare ticketId: number

  @column()
  declare messageId: number

  @column({ serializeAs: null })
  declare driveKey: string

  @column()
  declare originalName: string

  @column()
  declare size: number

  @column()
  declare mimeType: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
