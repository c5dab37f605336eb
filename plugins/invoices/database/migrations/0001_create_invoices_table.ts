import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Invoices of an organization. The status is stored only as `paid_at`:
 * "overdue" depends on today's date, so it is derived, never stored.
 * `deleted_at` is the admin console's soft delete; customers never see those.
 */
export default class extends BaseSchema {
  protected tableName = 'invoices'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('number', 64).notNullable().unique()
      table.date('issued_on').notNullable()
      table.date('due_on').notNullable()
      table.bigInteger('amount_cents').notNullable()
      table.specificType('currency', 'char(3)').notNullable().defaultTo('EUR')
      table.timestamp('paid_at', { useTz: true }).nullable()
      table.string('file_key', 255).notNullable()
      table.integer('file_size').unsigned().notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('deleted_at', { useTz: true }).nullable()
      table.index(['organization_id', 'issued_on'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
