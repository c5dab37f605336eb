import { OrganizationSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/** A customer company: every customer belongs to exactly one. */
export default class Organization extends OrganizationSchema {
  @hasMany(() => User)
  declare users: HasMany<typeof User>
}
