import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Append-only security log. The per-account limit on wrong codes is counted
 * from here, so the index covers (user_id, event, created_at).
 */
export default class extends BaseSchema {
  protected tableName = 'audit_events'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.bigIncrements('id')
      table
        .integer('user_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('SET NULL')
      table.string('event', 64).notNullable()
      table.string('ip', 64).nullable()
      table.string('user_agent', 500).nullable()
      table.jsonb('meta').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()

      table.index(['user_id', 'event', 'created_at'])
      table.index(['created_at'])
    })
    // Append-only: the database itself refuses to change or delete history.
    // The one change allowed is the foreign keys' ON DELETE SET NULL.
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.id = OLD.id AND NEW.event = OLD.event AND NEW.created_at = OLD.created_at
           AND NEW.meta = OLD.meta AND NEW.ip IS NOT DISTINCT FROM OLD.ip
           AND NEW.user_agent IS NOT DISTINCT FROM OLD.user_agent
           AND (NEW.user_id IS NULL OR NEW.user_id = OLD.user_id)
           AND (NEW.organization_id IS NULL OR NEW.organization_id = OLD.organization_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only';
      END;
      $$ LANGUAGE plpgsql`)
    this.schema.raw(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`)
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events')
    this.schema.dropTable(this.tableName)
    this.schema.raw('DROP FUNCTION IF EXISTS audit_events_append_only()')
  }
}
