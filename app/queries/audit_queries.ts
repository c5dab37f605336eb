import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import type { auditFilterValidator } from '#validators/admin/audit_filter'

const PER_PAGE = 50

type AuditFilters = Infer<typeof auditFilterValidator>

/** The audit log as the console shows it. */
export default class AuditQueries {
  /**
   * A page of events, newest first, filtered by person (the user or the
   * staff member who acted), organization, event and date range (whole days).
   */
  static page(filters: AuditFilters) {
    const query = AuditEvent.query()
      .preload('user')
      .preload('actor')
      .preload('organization')
      .orderBy('id', 'desc')

    if (filters.person) {
      const pattern = `%${filters.person}%`
      const people = db
        .from('users')
        .select('id')
        .whereILike('email', pattern)
        .orWhereILike('name', pattern)
      query.where((where) => where.whereIn('user_id', people).orWhereIn('actor_user_id', people))
    }
    if (filters.organization) query.where('organization_id', filters.organization)
    if (filters.event) query.where('event', filters.event)
    if (filters.from)
      query.where('created_at', '>=', DateTime.fromJSDate(filters.from).startOf('day').toSQL()!)
    if (filters.to)
      query.where(
        'created_at',
        '<',
        DateTime.fromJSDate(filters.to).plus({ days: 1 }).startOf('day').toSQL()!
      )
    return query.paginate(filters.page ?? 1, PER_PAGE)
  }

  /** Every event name the log holds, for the event filter. */
  static async eventNames() {
    const rows = await db.from('audit_events').distinct('event').orderBy('event')
    return rows.map((row) => row.event as string)
  }
}
