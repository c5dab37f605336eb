import Invoice from '../models/invoice.js'
import type { AdminInvoiceFilters } from '../validators/admin_invoice_filters.js'
import { todayIso } from './invoice_status.js'
import { BADGE_COUNT_UP_TO, countUpTo } from '#plugin_kit/pagination'
import { findByRouteId } from '#plugin_kit/route_ids'

export const ADMIN_PER_PAGE = 25

/**
 * Staff see every organization's invoices: no organization scope here, the
 * routes are staff-only (the core mounts them behind `staff`). Soft-deleted
 * ones only when asked for.
 */
export function adminInvoiceList(filters: AdminInvoiceFilters, today = todayIso()) {
  const query = Invoice.query().preload('organization')
  if (filters.status === 'deleted') query.whereNotNull('invoices.deleted_at')
  else query.whereNull('invoices.deleted_at')
  if (filters.organization) query.where('invoices.organization_id', filters.organization)
  if (filters.q) query.whereILike('invoices.number', `%${escapeLike(filters.q)}%`)
  if (filters.status === 'paid') query.whereNotNull('invoices.paid_at')
  if (filters.status === 'open')
    query.whereNull('invoices.paid_at').where('invoices.due_on', '>=', today)
  if (filters.status === 'overdue')
    query.whereNull('invoices.paid_at').where('invoices.due_on', '<', today)
  return query
    .orderBy('invoices.issued_on', 'desc')
    .orderBy('invoices.id', 'desc')
    .paginate(filters.page, ADMIN_PER_PAGE)
}

/** Unpaid invoices past their due date, across all organizations (the admin navigation's badge). */
export function overdueCountAll(today = todayIso()) {
  const overdue = Invoice.query()
    .whereNull('deleted_at')
    .whereNull('paid_at')
    .where('due_on', '<', today)
  return countUpTo(overdue, BADGE_COUNT_UP_TO)
}

/** Any invoice by id, deleted ones included (their page keeps the history); a 404 otherwise. */
export function findAdminInvoice(id: unknown) {
  return findByRouteId(Invoice.query().preload('organization'), id)
}

/** An invoice staff may still change: deleted ones are a 404 for every action. */
export function findActiveInvoice(id: unknown) {
  return findByRouteId(Invoice.query().whereNull('deleted_at').preload('organization'), id)
}

/** "50%" searched literally, not as a wildcard. */
function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}
