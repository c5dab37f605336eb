import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import TicketMessage from './ticket_message.js'
import TicketAttachment from './ticket_attachment.js'

export const TICKET_STATUSES = ['open', 'in_progress', 'waiting_for_customer', 'closed'] as const
export const TICKET_PRIORITIES = ['low', 'normal', 'high'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

export default class Ticket extends BaseModel {
  static table = 'tickets'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

  /** "T-2026-0042", see services/ticket_numbers.ts */
  @column()
  declare number: string

  @column()
  declare subject: string

  @column()
  declare status: TicketStatus

  @column()
  declare priority: TicketPriority

  @column()
  declare createdByUserId: number

  @column.dateTime()
  declare lastActivityAt: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'createdByUserId' })
  declare createdBy: BelongsTo<typeof User>

  @hasMany(() => TicketMessage)
  declare messages: HasMany<typeof TicketMessage>

  @hasMany(() => TicketAttachment)
  declare attachments: HasMany<typeof TicketAttachment>

  get isClosed() {
    return this.status === 'closed'
  }
}
