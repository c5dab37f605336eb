import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import TicketAttachment from './ticket_attachment.js'

/** One entry of a ticket's thread. Internal notes are staff-only and never leave the server for customers. */
export default class TicketMessage extends BaseModel {
  static table = 'tickets_messages'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare ticketId: number

  @column()
  declare authorUserId: number

  @column()
  declare body: string

  @column()
  declare isInternal: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'authorUserId' })
  declare author: BelongsTo<typeof User>

  @hasMany(() => TicketAttachment, { foreignKey: 'messageId' })
  declare attachments: HasMany<typeof TicketAttachment>
}
