import { BaseSchema } from '@adonisjs/lucid/schema'
import { QueueSchemaService } from '@adonisjs/queue'

/**
 * Durable background work. `queue_jobs` / `queue_schedules` belong to
 * @adonisjs/queue (its own schema service creates them, so they match the
 * package's adapter). `mail_deliveries` is the portal's outbox: one row per
 * mail a request handed off, with its state for staff (queued, sending, sent,
 * failed, dismissed), the attempts and the last error. The rendered message is kept encrypted
 * with APP_KEY until it is sent, so a failed mail can be sent again.
 */
export default class extends BaseSchema {
  protected tableName = 'mail_deliveries'

  async up() {
    const queueSchema = new QueueSchemaService(this.db.getWriteClient())
    await queueSchema.createJobsTable()
    await queueSchema.createSchedulesTable()

    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('mailer', 50).notNullable()
      table.string('recipient', 1000).notNullable()
      table.string('subject', 1000).notNullable()
      /** queued → sending (claimed by one job) → sent; or failed after the last try; dismissed by staff */
      table.enum('status', ['queued', 'sending', 'sent', 'failed', 'dismissed']).notNullable()
      /** while sending: when another job may take the mail over (its worker died) */
      table.timestamp('lease_until', { useTz: true }).nullable()
      table.integer('attempts').notNullable().defaultTo(0)
      table.text('last_error').nullable()
      /** the encrypted message; emptied once sent, or when it can no longer be of use (an expired link) */
      table.text('message').nullable()
      /** after this, the portal stops trying and shows the mail as failed */
      table.timestamp('deliver_by', { useTz: true }).notNullable()
      /** worthless after deliver_by (a login link): never sent again, its content dropped when given up */
      table.boolean('expiring').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('sent_at', { useTz: true }).nullable()
      table.timestamp('failed_at', { useTz: true }).nullable()

      // The console lists by state, newest first; the recipient search is a prefix match.
      table.index(['status', 'created_at'])
      table.index(['created_at'])
    })
    this.schema.raw(
      'CREATE INDEX mail_deliveries_recipient_prefix ON mail_deliveries (lower(recipient) text_pattern_ops)'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
    const queueSchema = new QueueSchemaService(this.db.getWriteClient())
    await queueSchema.dropSchedulesTable()
    await queueSchema.dropJobsTable()
  }
}
