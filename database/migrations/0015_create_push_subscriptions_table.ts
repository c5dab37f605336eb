import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The devices a user gets push notifications on (docs/push.md). The endpoint
 * is the browser's push service address for this device, unique across all
 * users; the subscription's keys (p256dh, auth) are stored encrypted with the
 * app key. A subscription the push service answers 404/410 is deleted.
 */
export default class extends BaseSchema {
  protected tableName = 'push_subscriptions'

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
      table.text('endpoint').notNullable().unique()
      table.text('keys').notNullable()
      table.string('label', 120).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('last_used_at', { useTz: true }).nullable()

      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
