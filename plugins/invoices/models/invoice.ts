import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class Invoice extends BaseModel {
  static table = 'invoices'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

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

  @column.dateTime()
  declare deletedAt: DateTime | null
}
