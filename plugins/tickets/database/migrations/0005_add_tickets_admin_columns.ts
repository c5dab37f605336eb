import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the admin inbox needs: who works on a ticket, when the customer last
 * wrote and when staff last answered publicly (so "needs a reply" is one
 * comparison, cheap enough for a badge on every admin page), and per staff
 * member when they last opened a ticket ("unread" since the last customer
 * message). Existing tickets get both times from their threads.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('tickets', (table) => {
      table
        .integer('assigned_to_user_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.timestamp('last_customer_message_at', { useTz: true }).nullable()
      table.timestamp('last_staff_reply_at', { useTz: true }).nullable()
      table.index(['assigned_to_user_id'])
    })
    // The inbox's default (everything but closed, by last activity) and the nav badge read only these.
    this.schema.raw(
      `CREATE INDEX tickets_not_closed_activity_index ON tickets (last_activity_at) WHERE status <> 'closed'`
    )

    this.schema.createTable('tickets_reads', (table) => {
      table.increments('id')
      table
        .integer('ticket_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('tickets')
        .onDelete('CASCADE')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.timestamp('read_at', { useTz: true }).notNullable()
      table.unique(['ticket_id', 'user_id'])
      table.index(['user_id'])
    })

    this.schema.raw(`
      UPDATE tickets SET
        last_customer_message_at = (
          SELECT max(m.created_at) FROM tickets_messages m JOIN users u ON u.id = m.author_user_id
          WHERE m.ticket_id = tickets.id AND NOT m.is_internal AND u.role = 'customer'
        ),
        last_staff_reply_at = (
          SELECT max(m.created_at) FROM tickets_messages m JOIN users u ON u.id = m.author_user_id
          WHERE m.ticket_id = tickets.id AND NOT m.is_internal AND u.role = 'staff'
        )
    `)
  }

  async down() {
    this.schema.dropTable('tickets_reads')
    this.schema.raw('DROP INDEX IF EXISTS tickets_not_closed_activity_index')
    this.schema.alterTable('tickets', (table) => {
      table.dropIndex(['assigned_to_user_id'])
      table.dropColumn('last_staff_reply_at')
      table.dropColumn('last_customer_message_at')
      table.dropColumn('assigned_to_user_id')
    })
  }
}
