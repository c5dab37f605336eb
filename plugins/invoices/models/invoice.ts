import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'

export default class Invoice extends BaseModel {
  static table = 'invoices'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @column()
  declare number: string

  @column.date()
  declare issuedOn: DateTime

  @column.date()
  declare dueOn: DateTime

  /** bigint comes back from PostgreSQL as a string */
  @column({ consume: (value) => Number(value) })
  declare amountCents: number

  @column()
  declare currency: string

  @column.dateTime()
  declare paidAt: DateTime | null

  /** drive key of the PDF; never sent to the browser */
  @column({ serializeAs: null })
  declare fileKey: string

  @column()
  declare fileSize: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** soft delete by staff: customers never see it again, the row and the file stay */
  @column.dateTime()
  declare deletedAt: DateTime | null

  /** when the organization's customers were mailed about it; null when nobody was */
  @column.dateTime()
  declare notifiedAt: DateTime | null
}
