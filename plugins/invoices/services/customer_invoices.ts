import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import { forOrganization } from '#plugin_kit/organization_scope'
import { countAll } from '#plugin_kit/pagination'
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

export function overdueCount(user: Customer, today = todayIso()) {
  return countAll(
    customerInvoices(user).whereNull('invoices.paid_at').where('invoices.due_on', '<', today)
  )
}

/**
 * The years that have invoices (newest first) and the unpaid totals per
 * currency, from one statement: the list page needs both on every view.
 */
export async function yearsAndUnpaidTotals(user: Customer) {
  const rows = await customerInvoices(user)
    .select(db.raw('extract(year from invoices.issued_on)::int as year'), 'invoices.currency')
    .select(db.raw('count(*) filter (where invoices.paid_at is null) as unpaid_count'))
    .select(
      db.raw('sum(invoices.amount_cents) filter (where invoices.paid_at is null) as unpaid_cents')
    )
    .groupByRaw('1, 2')
    .pojo<{ year: number; currency: string; unpaid_count: string; unpaid_cents: string | null }>()
  const years = [...new Set(rows.map((row) => Number(row.year)))].sort((a, b) => b - a)
  const unpaid = new Map<string, { currency: string; count: number; cents: number }>()
  for (const row of rows) {
    if (Number(row.unpaid_count) === 0) continue
    const total = unpaid.get(row.currency) ?? { currency: row.currency, count: 0, cents: 0 }
    total.count += Number(row.unpaid_count)
    total.cents += Number(row.unpaid_cents)
    unpaid.set(row.currency, total)
  }
  const totals = [...unpaid.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1))
  return { years, totals }
}
