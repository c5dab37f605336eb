import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#models/audit_event'
import { recordStaffAction } from '#services/audit_log'
import type Invoice from '../models/invoice.js'

export type InvoiceAuditAction =
  'uploaded' | 'updated' | 'marked_paid' | 'marked_unpaid' | 'deleted'

/**
 * Records a staff action on an invoice: about its organization, with the
 * number (shown in the log) and the id (to find an invoice's history).
 */
export function recordInvoiceAction(
  ctx: HttpContext,
  action: InvoiceAuditAction,
  invoice: Invoice,
  meta: Record<string, unknown> = {}
) {
  return recordStaffAction(ctx, `invoices.${action}`, {
    organizationId: invoice.organizationId,
    meta: { number: invoice.number, invoiceId: invoice.id, ...meta },
  })
}

/** The invoice's history for its page, newest first. */
export function invoiceHistory(invoice: Invoice) {
  return AuditEvent.query()
    .where('event', 'like', 'invoices.%')
    .whereRaw(`meta->>'invoiceId' = ?`, [String(invoice.id)])
    .preload('user')
    .preload('actor')
    .preload('organization')
    .orderBy('id', 'desc')
    .limit(50)
}
