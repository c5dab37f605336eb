import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Organization from '#models/organization'
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

  /** the staff member working on it; null = unassigned */
  @column()
  declare assignedToUserId: number | null

  @column.dateTime()
  declare lastActivityAt: DateTime

  /** the latest message a customer wrote (set by OpenTicket and AddTicketMessage) */
  @column.dateTime()
  declare lastCustomerMessageAt: DateTime | null

  /** the latest public staff answer; internal notes do not count */
  @column.dateTime()
  declare lastStaffReplyAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'createdByUserId' })
  declare createdBy: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'assignedToUserId' })
  declare assignee: BelongsTo<typeof User>

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @hasMany(() => TicketMessage)
  declare messages: HasMany<typeof TicketMessage>

  @hasMany(() => TicketAttachment)
  declare attachments: HasMany<typeof TicketAttachment>

  get isClosed() {
    return this.status === 'closed'
  }

  /**
   * The customer spoke last and the ticket is not closed: the agency owes an
   * answer. The SQL twin is NEEDS_REPLY_SQL in services/admin_ticket_queries.ts.
   */
  get needsReply() {
    if (this.isClosed || !this.lastCustomerMessageAt) return false
    return !this.lastStaffReplyAt || this.lastCustomerMessageAt > this.lastStaffReplyAt
  }
}
