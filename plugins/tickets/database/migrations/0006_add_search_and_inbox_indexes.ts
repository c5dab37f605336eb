import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * For an agency with a million tickets (measured with `npm run bench`, see
 * the README's "Performance"):
 *
 * - Search: each ticket's searchable text in one row of `tickets_search` —
 *   `customer_text` (number, subject, every message the customer can see)
 *   and `internal_text` (staff's internal notes) — with trigram indexes
 *   (pg_trgm, a trusted extension: the database owner may create it). The
 *   search stays `ILIKE '%…%'` (any part of a word, a ticket number), and
 *   because one row holds a whole thread, the database can either walk the
 *   inbox in order and check each ticket (a common word) or look the word up
 *   in the index (a rare one), whichever its statistics say is cheaper.
 *   Before, a search read every message. Triggers keep the rows current.
 * - Every inbox filter reads its page in index order: (filter columns,
 *   last_activity_at, id) — the id breaks ties the same way the ORDER BY
 *   does, so the database stops after one page instead of sorting.
 * - "Antwort nötig" (filter and nav badge) has its own partial index with the
 *   exact condition of NEEDS_REPLY_SQL.
 */
const NEEDS_REPLY = `status <> 'closed' AND last_customer_message_at IS NOT NULL
  AND (last_staff_reply_at IS NULL OR last_customer_message_at > last_staff_reply_at)`

export default class extends BaseSchema {
  async up() {
    // Writers wait for the migration (no deadlock with a running instance), and none slips past the backfill.
    this.schema.raw('LOCK TABLE tickets, tickets_messages IN SHARE ROW EXCLUSIVE MODE')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    this.schema.createTable('tickets_search', (table) => {
      table.integer('ticket_id').primary().references('id').inTable('tickets').onDelete('CASCADE')
      table.text('customer_text').notNullable().defaultTo('')
      table.text('internal_text').notNullable().defaultTo('')
    })
    this.schema.raw(`INSERT INTO tickets_search (ticket_id, customer_text, internal_text)
      SELECT t.id,
             concat_ws(' ', t.number, t.subject, string_agg(m.body, ' ' ORDER BY m.id) FILTER (WHERE NOT m.is_internal)),
             coalesce(string_agg(m.body, ' ' ORDER BY m.id) FILTER (WHERE m.is_internal), '')
      FROM tickets t LEFT JOIN tickets_messages m ON m.ticket_id = t.id
      GROUP BY t.id`)
    // The database keeps the texts current, whoever writes: this release, an instance of the previous
    // one still running during a rolling upgrade, or a script.
    this.schema
      .raw(`CREATE FUNCTION tickets_search_ticket_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO tickets_search (ticket_id, customer_text) VALUES (NEW.id, NEW.number || ' ' || NEW.subject)
        ON CONFLICT (ticket_id) DO NOTHING;
        RETURN NEW;
      END $$`)
    this.schema.raw(`CREATE TRIGGER tickets_search_ticket_added AFTER INSERT ON tickets
      FOR EACH ROW EXECUTE FUNCTION tickets_search_ticket_added()`)
    this.schema
      .raw(`CREATE FUNCTION tickets_search_message_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.is_internal THEN
          UPDATE tickets_search SET internal_text = internal_text || ' ' || NEW.body WHERE ticket_id = NEW.ticket_id;
        ELSE
          UPDATE tickets_search SET customer_text = customer_text || ' ' || NEW.body WHERE ticket_id = NEW.ticket_id;
        END IF;
        RETURN NEW;
      END $$`)
    this.schema.raw(`CREATE TRIGGER tickets_search_message_added AFTER INSERT ON tickets_messages
      FOR EACH ROW EXECUTE FUNCTION tickets_search_message_added()`)
    this.schema.raw(
      'CREATE INDEX tickets_search_customer_text_index ON tickets_search USING gin (customer_text gin_trgm_ops)'
    )
    this.schema.raw(
      'CREATE INDEX tickets_search_internal_text_index ON tickets_search USING gin (internal_text gin_trgm_ops)'
    )

    this.schema.raw('DROP INDEX IF EXISTS tickets_not_closed_activity_index')
    this.schema.raw(
      `CREATE INDEX tickets_not_closed_activity_index ON tickets (last_activity_at, id) WHERE status <> 'closed'`
    )
    this.schema.raw('CREATE INDEX tickets_activity_index ON tickets (last_activity_at, id)')
    this.schema.raw(
      'CREATE INDEX tickets_status_activity_index ON tickets (status, last_activity_at, id)'
    )
    this.schema.raw(
      `CREATE INDEX tickets_needs_reply_activity_index ON tickets (last_activity_at, id) WHERE ${NEEDS_REPLY}`
    )
    this.schema.raw('DROP INDEX IF EXISTS tickets_assigned_to_user_id_index')
    this.schema.raw(
      'CREATE INDEX tickets_assignee_activity_index ON tickets (assigned_to_user_id, last_activity_at, id)'
    )
    this.schema.raw('DROP INDEX IF EXISTS tickets_organization_id_last_activity_at_index')
    this.schema.raw(
      'CREATE INDEX tickets_organization_activity_index ON tickets (organization_id, last_activity_at, id)'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS tickets_organization_activity_index')
    this.schema.raw(
      'CREATE INDEX tickets_organization_id_last_activity_at_index ON tickets (organization_id, last_activity_at)'
    )
    this.schema.raw('DROP INDEX IF EXISTS tickets_assignee_activity_index')
    this.schema.raw(
      'CREATE INDEX tickets_assigned_to_user_id_index ON tickets (assigned_to_user_id)'
    )
    this.schema.raw('DROP INDEX IF EXISTS tickets_needs_reply_activity_index')
    this.schema.raw('DROP INDEX IF EXISTS tickets_status_activity_index')
    this.schema.raw('DROP INDEX IF EXISTS tickets_activity_index')
    this.schema.raw('DROP INDEX IF EXISTS tickets_not_closed_activity_index')
    this.schema.raw(
      `CREATE INDEX tickets_not_closed_activity_index ON tickets (last_activity_at) WHERE status <> 'closed'`
    )
    this.schema.raw('DROP TRIGGER IF EXISTS tickets_search_message_added ON tickets_messages')
    this.schema.raw('DROP FUNCTION IF EXISTS tickets_search_message_added()')
    this.schema.raw('DROP TRIGGER IF EXISTS tickets_search_ticket_added ON tickets')
    this.schema.raw('DROP FUNCTION IF EXISTS tickets_search_ticket_added()')
    this.schema.dropTable('tickets_search')
  }
}
