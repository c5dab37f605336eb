import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The admin console's data: staff get a role (admin manages staff, agent
 * does everything else), organizations get a customer number, notes and the
 * email domains whose people may log in without being listed one by one.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.enum('staff_role', ['admin', 'agent']).nullable()
    })
    // Staff that existed before roles were operators' first accounts: admins.
    this.defer(async (db) => {
      await db.from('users').where('role', 'staff').update({ staff_role: 'admin' })
    })
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_staff_role_matches_role CHECK ((role = 'staff') = (staff_role IS NOT NULL))`
    )

    this.schema.alterTable('organizations', (table) => {
      table.string('customer_number', 50).nullable()
      table.text('notes').nullable()
      /** lower-case domains ("kunde.de"); anyone there may log in and joins on first login */
      table.specificType('allowed_domains', 'text[]').notNullable().defaultTo('{}')
    })
    this.schema.raw(
      'CREATE UNIQUE INDEX organizations_customer_number_unique ON organizations (lower(customer_number)) WHERE customer_number IS NOT NULL'
    )
    // A domain belongs to one organization at most, or a login would not know where to go.
    this.schema.raw(
      'CREATE INDEX organizations_allowed_domains ON organizations USING GIN (allowed_domains)'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS organizations_allowed_domains')
    this.schema.raw('DROP INDEX IF EXISTS organizations_customer_number_unique')
    this.schema.alterTable('organizations', (table) => {
      table.dropColumn('allowed_domains')
      table.dropColumn('notes')
      table.dropColumn('customer_number')
    })
    this.schema.raw('ALTER TABLE users DROP CONSTRAINT IF EXISTS users_staff_role_matches_role')
    this.schema.alterTable('users', (table) => {
      table.dropColumn('staff_role')
    })
  }
}
