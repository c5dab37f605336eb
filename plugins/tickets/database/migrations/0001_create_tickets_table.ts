import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Tickets of an organization. The human-readable number ("T-2026-0042")
 * draws from a PostgreSQL sequence, so two tickets opened at the same moment
 * never share one.
 */
export default class extends BaseSchema {
  protected tableName = 'tickets'

  async up() {
    this.schema.raw('CREATE SEQUENCE tickets_number_seq')
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('number', 20).notNullable().unique()
      table.string('subject', 200).notNullable()
      table
        .enum('status', ['open', 'in_progress', 'waiting_for_customer', 'closed'])
        .notNullable()
        .defaultTo('open')
      table.enum('priority', ['low', 'normal', 'high']).notNullable().defaultTo('normal')
      table
        .integer('created_by_user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('RESTRICT')
      table.timestamp('last_activity_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['organization_id', 'status'])
      table.index(['organization_id', 'created_by_user_id'])
      table.index(['organization_id', 'last_activity_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP SEQUENCE IF EXISTS tickets_number_seq')
  }
}
