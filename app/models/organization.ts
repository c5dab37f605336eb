import { OrganizationSchema } from '#database/schema'
import { column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/** A customer company: every customer belongs to exactly one. */
export default class Organization extends OrganizationSchema {
  /** lower-case email domains whose people may log in and join on first login */
  @column()
  declare allowedDomains: string[]

  @hasMany(() => User)
  declare users: HasMany<typeof User>
}
