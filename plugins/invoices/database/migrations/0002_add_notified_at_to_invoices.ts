import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * When the organization's customers were told by mail that the invoice is
 * available (null: nobody was told). Staff see it on the invoice's page.
 * The partial index serves the admin console's badge (overdue invoices of
 * all organizations), which is counted on every admin page.
 */
export default class extends BaseSchema {
  protected tableName = 'invoices'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('notified_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      'CREATE INDEX invoices_unpaid_due_on_index ON invoices (due_on) WHERE paid_at IS NULL AND deleted_at IS NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX invoices_unpaid_due_on_index')
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('notified_at')
    })
  }
}
