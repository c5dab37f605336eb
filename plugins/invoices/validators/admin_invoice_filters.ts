import { INVOICE_STATUSES, type InvoiceStatus } from '../services/invoice_status.js'

export type AdminInvoiceStatus = InvoiceStatus | 'deleted'

export interface AdminInvoiceFilters {
  organization: number | null
  /** null: every invoice that is not deleted */
  status: AdminInvoiceStatus | null
  q: string
  page: number
}

const STATUSES: readonly AdminInvoiceStatus[] = [...INVOICE_STATUSES, 'deleted']

/**
 * The admin list's filters from the query string. Lenient like the
 * customer list: a stale bookmark or a typo shows the unfiltered list
 * instead of an error.
 */
export function parseAdminInvoiceFilters(qs: Record<string, unknown>): AdminInvoiceFilters {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const organization = Number(text(qs.organization))
  const page = Number(text(qs.page) || 1)
  return {
    organization:
      Number.isSafeInteger(organization) && organization > 0 && organization <= 2_147_483_647
        ? organization
        : null,
    status: STATUSES.find((status) => status === text(qs.status)) ?? null,
    q: text(qs.q).slice(0, 64),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 100000 ? page : 1,
  }
}

/** The filters back as a query string object (only the ones that are set), for links that keep them. */
export function adminFiltersToQuery(filters: AdminInvoiceFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.organization) query.organization = String(filters.organization)
  if (filters.status) query.status = filters.status
  if (filters.q) query.q = filters.q
  if (filters.page > 1) query.page = String(filters.page)
  return query
}
