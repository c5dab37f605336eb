import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * "Who did what": an event's user is the account it is about; the actor is
 * the staff member who acted on it (a 2FA reset, an allowlist change). Self-
 * service events (a login) have no actor. The append-only trigger learns the
 * new column: it may only be nulled by its foreign key, never changed.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('audit_events', (table) => {
      table
        .integer('actor_user_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('users')
        .onDelete('SET NULL')
      table.index(['organization_id', 'created_at'])
      table.index(['event', 'created_at'])
      table.index(['actor_user_id', 'created_at'])
    })
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.id = OLD.id AND NEW.event = OLD.event AND NEW.created_at = OLD.created_at
           AND NEW.meta = OLD.meta AND NEW.ip IS NOT DISTINCT FROM OLD.ip
           AND NEW.user_agent IS NOT DISTINCT FROM OLD.user_agent
           AND (NEW.user_id IS NULL OR NEW.user_id = OLD.user_id)
           AND (NEW.organization_id IS NULL OR NEW.organization_id = OLD.organization_id)
           AND (NEW.actor_user_id IS NULL OR NEW.actor_user_id = OLD.actor_user_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only';
      END;
      $$ LANGUAGE plpgsql`)
  }

  async down() {
    this.schema.alterTable('audit_events', (table) => {
      table.dropIndex(['actor_user_id', 'created_at'])
      table.dropIndex(['event', 'created_at'])
      table.dropIndex(['organization_id', 'created_at'])
      table.dropColumn('actor_user_id')
    })
  }
}
