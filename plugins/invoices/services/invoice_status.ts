import { DateTime } from 'luxon'

export const INVOICE_STATUSES = ['paid', 'open', 'overdue'] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/**
 * Today as an ISO date in the app's time zone. The status and the SQL filters
 * both compare against this one value, so a list and its filter never disagree.
 */
export function todayIso(): string {
  return DateTime.now().toISODate()!
}

/** Paid wins; an unpaid invoice is overdue from the day after its due date. */
export function invoiceStatus(
  invoice: { paidAt: unknown; dueOn: DateTime },
  today = todayIso()
): InvoiceStatus {
  if (invoice.paidAt) return 'paid'
  return invoice.dueOn.toISODate()! < today ? 'overdue' : 'open'
}
