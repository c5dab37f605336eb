import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { forOrganization } from '#plugin_kit/organization_scope'
import { pluginSetting } from '#plugin_kit/plugin_settings'
import { findByRouteId } from '#plugin_kit/route_ids'
import Invoice from '../models/invoice.js'
import type { InvoiceFilters } from '../validators/invoice_filters.js'
import { todayIso } from './invoice_status.js'

type Customer = Pick<User, 'organizationId' | 'pluginSettings'>

/**
 * Staff decide per user whether invoices are shown at all (default: yes).
 * A user without an organization has none to see (the nav badge and the
 * widget are asked for without the core's customer middleware).
 */
export async function invoicesVisible(user: Customer) {
  if (!user.organizationId) return false
  return (await pluginSetting(user, 'invoices', 'visible')) === true
}

/** Every customer query starts here: the user's organization, never soft-deleted ones. */
export function customerInvoices(user: Customer) {
  return forOrganization(Invoice, user).whereNull('invoices.deleted_at')
}

/** One invoice of the user's organization, or a 404 (also for another organization's id). */
export function findCustomerInvoice(user: Customer, id: unknown) {
  return findByRouteId(customerInvoices(user), id)
}

/** The invoices matching the list's filters, newest first. */
export function filteredInvoices(user: Customer, filters: InvoiceFilters, today = todayIso()) {
  const query = customerInvoices(user)
  if (filters.year) {
    query
      .where('invoices.issued_on', '>=', `${filters.year}-01-01`)
      .where('invoices.issued_on', '<', `${filters.year + 1}-01-01`)
  }
  if (filters.status === 'paid') query.whereNotNull('invoices.paid_at')
  if (filters.status === 'open')
    query.whereNull('invoices.paid_at').where('invoices.due_on', '>=', today)
  if (filters.status === 'overdue')
    query.whereNull('invoices.paid_at').where('invoices.due_on', '<', today)
  return query.orderBy('invoices.issued_on', 'desc').orderBy('invoices.id', 'desc')
}

/** Unpaid (open + overdue) per currency: count and sum in cents. */
export async function unpaidTotals(user: Customer) {
  const rows = await customerInvoices(user)
    .whereNull('invoices.paid_at')
    .select('invoices.currency')
    .count('* as count')
    .sum('invoices.amount_cents as cents')
    .groupBy('invoices.currency')
    .orderBy('invoices.currency')
    .pojo<{ currency: string; count: string | number; cents: string | number }>()
  return rows.map((row) => ({
    currency: row.currency,
    count: Number(row.count),
    cents: Number(row.cents),
  }))
}

export async function overdueCount(user: Customer, today = todayIso()) {
  const [row] = await customerInvoices(user)
    .whereNull('invoices.paid_at')
    .where('invoices.due_on', '<', today)
    .count('* as total')
    .pojo<{ total: string | number }>()
  return Number(row.total)
}

/** The years that have invoices, newest first, for the year filter. */
export async function invoiceYears(user: Customer) {
  const rows = await customerInvoices(user)
    .select(db.raw('distinct extract(year from invoices.issued_on)::int as year'))
    .orderBy('year', 'desc')
    .pojo<{ year: number }>()
  return rows.map((row) => Number(row.year))
}
