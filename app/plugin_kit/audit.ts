import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#models/audit_event'
import { recordStaffAction } from '#services/audit_log'

/**
 * The audit log for plugins. A plugin's events are named "<plugin id>.<what
 * happened>" ("notes.created"); the console shows them with the label
 * "<plugin id>.audit.<what happened>" from the plugin's translations.
 */

/**
 * Records what a staff member did to one of the plugin's records: about its
 * organization, with the record's id (to find its history) and a short
 * description that stays readable after the record is gone.
 *
 * @example
 * await recordPluginAction(ctx, 'notes.deleted', { organizationId: note.organizationId, recordId: note.id, label: note.title })
 */
export function recordPluginAction(
  ctx: HttpContext,
  event: `${string}.${string}`,
  about: {
    organizationId: number | null
    recordId: number
    label: string
    meta?: Record<string, unknown>
  }
) {
  return recordStaffAction(ctx, event, {
    organizationId: about.organizationId,
    meta: { recordId: about.recordId, label: about.label, ...about.meta },
  })
}

/** A record's history (the events recordPluginAction wrote for it), newest first, for its page. */
export function pluginRecordHistory(plugin: string, recordId: number, limit = 50) {
  return AuditEvent.query()
    .where('event', 'like', `${plugin}.%`)
    .whereRaw(`meta->>'recordId' = ?`, [String(recordId)])
    .preload('user')
    .preload('actor')
    .preload('organization')
    .orderBy('id', 'desc')
    .limit(limit)
}
