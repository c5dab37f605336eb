import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Users are the allowlist: an address may log in only while a row with status
 * "invited" or "active" exists. Emails are stored lower-cased; the unique index
 * on lower(email) guards against a caller that forgets.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('email', 254).notNullable()
      table.string('name', 200).nullable()
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('RESTRICT')
      table.enum('role', ['customer', 'staff']).notNullable()
      table.enum('status', ['invited', 'active', 'disabled']).notNullable().defaultTo('invited')
      /** AES-256-GCM with the app key; null until 2FA is set up */
      table.text('totp_secret').nullable()
      table.timestamp('totp_enabled_at', { useTz: true }).nullable()
      /** the last accepted TOTP time step: a code is never accepted twice */
      table.bigInteger('totp_last_step').nullable()
      table.timestamp('last_login_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.index(['organization_id'])
    })
    this.schema.raw('CREATE UNIQUE INDEX users_email_lower_unique ON users (lower(email))')
    // Customers belong to an organization; staff do not.
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_customer_has_org CHECK (role <> 'customer' OR organization_id IS NOT NULL)`
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
