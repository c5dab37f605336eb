import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Devices that passed the TOTP code. The cookie carries "<id>.<secret>"; only
 * SHA-256(secret) is stored, so a database leak yields no usable cookie.
 * Trust ends at expires_at (fixed, 30 days) or when revoked.
 */
export default class extends BaseSchema {
  protected tableName = 'trusted_devices'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('secret_hash', 64).notNullable()
      table.string('label', 200).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('last_seen_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()

      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
