import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Single-use recovery codes, the way in when the authenticator app is not at
 * hand. Only an HMAC of each code is stored (keyed with the app key: the codes
 * have ~40 bits, too few to leave a plain hash open to guessing offline).
 * A used code keeps its row (used_at) so "n of 10 left" can be shown;
 * regenerating deletes the whole set.
 */
export default class extends BaseSchema {
  protected tableName = 'recovery_codes'

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
      table.string('code_hash', 64).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()

      table.unique(['user_id', 'code_hash'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
