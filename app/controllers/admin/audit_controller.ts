import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { chosenOrganization } from '#plugin_kit/organization_filter'
import AuditQueries from '#queries/audit_queries'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { auditFilterValidator } from '#validators/admin/audit_filter'

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
    const page = await AuditQueries.page(filters)
    const eventNames = await AuditQueries.eventNames()

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
      eventNames,
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
