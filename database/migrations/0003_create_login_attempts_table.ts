import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One row per magic-link mail. The token exists only as its SHA-256; the row
 * binds it to one user and one 15-minute window, counts wrong codes and ends
 * as completed (logged in) or void (too many wrong codes).
 */
export default class extends BaseSchema {
  protected tableName = 'login_attempts'

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
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.timestamp('voided_at', { useTz: true }).nullable()
      table.integer('failed_codes').notNullable().defaultTo(0)
      /** the TOTP secret being set up in this attempt (encrypted like users.totp_secret) */
      table.text('pending_totp_secret').nullable()
      table.string('requested_ip', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()

      table.index(['user_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
