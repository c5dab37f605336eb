import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#models/audit_event'
import { chosenOrganization } from '#core/organization_filter'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { auditFilterValidator } from '#validators/admin/audit_filter'

const PER_PAGE = 50

/**
 * The audit log: every security event and staff action, newest first,
 * filtered by person (the account or the staff member who acted),
 * organization, event and date range.
 */
export default class AuditController {
  async index({ inertia, request }: HttpContext) {
    const filters = await this.#filters(request.qs())
    // The chosen organization's name for the picker; an organization that does not exist is ignored like any bad filter.
    const organization = await chosenOrganization(filters.organization)
    if (!organization) delete filters.organization
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

    const page = await query.paginate(filters.page ?? 1, PER_PAGE)
    const events = await db.from('audit_events').distinct('event').orderBy('event')

    return inertia.render('admin/audit/index', {
      filters: {
        person: filters.person ?? '',
        organization: filters.organization ?? null,
        event: filters.event ?? '',
        from: filters.from ? DateTime.fromJSDate(filters.from).toISODate()! : '',
        to: filters.to ? DateTime.fromJSDate(filters.to).toISODate()! : '',
      },
      events: AuditEventTransformer.transform(page.all()),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      eventNames: events.map((row) => row.event as string),
      organization,
    })
  }

  /** Invalid filters are ignored one by one: a typo in the URL still shows the log. */
  async #filters(qs: Record<string, unknown>) {
    const given = Object.fromEntries(
      Object.entries(qs).filter(([, value]) => value !== '' && value !== undefined)
    )
    const [error, valid] = await auditFilterValidator.tryValidate(given)
    if (!error) return valid
    const invalid = new Set(
      (error as { messages?: { field: string }[] }).messages?.map((message) => message.field) ?? []
    )
    const kept = Object.fromEntries(Object.entries(given).filter(([key]) => !invalid.has(key)))
    const [, retried] = await auditFilterValidator.tryValidate(kept)
    return retried ?? {}
  }
}
