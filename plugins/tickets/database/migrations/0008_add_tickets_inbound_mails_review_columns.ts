import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Replies by email after the security review (docs/mail-replies.md): the
 * hash of the raw bytes (a different mail under a known Message-ID is kept
 * for review, not dropped), and what processing read from the mail (its
 * text and how many files it carries) so the review page never parses
 * raw mails.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('tickets_inbound_mails', (table) => {
      table.string('raw_sha256', 64).nullable()
      table.text('text').nullable()
      table.integer('attachment_count').nullable()
    })
  }

  async down() {
    this.schema.alterTable('tickets_inbound_mails', (table) => {
      table.dropColumn('attachment_count')
      table.dropColumn('text')
      table.dropColumn('raw_sha256')
    })
  }
}
