import { INVOICE_STATUSES, type InvoiceStatus } from '../services/invoice_status.js'

export interface InvoiceFilters {
  year: number | null
  status: InvoiceStatus | null
}

/**
 * The list's filters from the query string. Lenient on purpose: these come
 * from links and bookmarks of a GET page, so an unknown value means "no
 * filter" rather than a validation error that would redirect back in a loop.
 */
export function parseInvoiceFilters(qs: Record<string, unknown>): InvoiceFilters {
  const year = typeof qs.year === 'string' && /^\d{4}$/.test(qs.year) ? Number(qs.year) : null
  const status = INVOICE_STATUSES.find((value) => value === qs.status) ?? null
  return { year, status }
}

/** The filters back as a query string object (only the ones that are set). */
export function filtersToQuery(filters: InvoiceFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.year) query.year = String(filters.year)
  if (filters.status) query.status = filters.status
  return query
}
