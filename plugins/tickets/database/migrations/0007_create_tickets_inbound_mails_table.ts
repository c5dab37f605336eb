import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Replies by email (docs/mail-replies.md). Every mail fetched from the
 * support mailbox is kept here, raw, before the mailbox forgets it: one row
 * per Message-ID (a second fetch of the same mail inserts nothing), then
 * posted to its ticket, held for staff review, or discarded by staff.
 * tickets_inbound_state is one row: when the mailbox was last read and the
 * last error, for the review page.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('tickets_inbound_mails', (table) => {
      table.increments('id')
      table.string('message_id', 998).notNullable().unique()
      table.string('from_address', 320).nullable()
      table.string('from_name', 255).nullable()
      table.string('to_address', 998).nullable()
      table.string('subject', 998).nullable()
      table.binary('raw').notNullable()
      table.integer('size').notNullable()
      table.string('status', 16).notNullable().defaultTo('received')
      table.string('reason', 32).nullable()
      /** what the processing found worth telling staff (skipped attachments) */
      table.text('note').nullable()
      table
        .integer('ticket_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('tickets')
        .onDelete('SET NULL')
      table
        .integer('ticket_message_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('tickets_messages')
        .onDelete('SET NULL')
      table.timestamp('received_at', { useTz: true }).nullable()
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['status', 'id'])
    })
    this.schema.raw(
      `ALTER TABLE tickets_inbound_mails ADD CONSTRAINT tickets_inbound_mails_status_check
       CHECK (status IN ('received', 'posted', 'review', 'discarded'))`
    )

    this.schema.createTable('tickets_inbound_state', (table) => {
      table.integer('id').primary()
      table.timestamp('last_success_at', { useTz: true }).nullable()
      table.timestamp('last_error_at', { useTz: true }).nullable()
      table.text('last_error').nullable()
    })
  }

  async down() {
    this.schema.dropTable('tickets_inbound_state')
    this.schema.dropTable('tickets_inbound_mails')
  }
}
