import { BaseSchema } from '@adonisjs/lucid/schema'

/** Files of a message, stored privately on the drive under drive_key. */
export default class extends BaseSchema {
  protected tableName = 'tickets_attachments'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table
        .integer('ticket_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .integer('message_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('tickets_messages')
        .onDelete('CASCADE')
      table.string('drive_key', 300).notNullable().unique()
      table.string('original_name', 255).notNullable()
      table.integer('size').unsigned().notNullable()
      table.string('mime_type', 150).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['ticket_id'])
      table.index(['message_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
