import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import type Invoice from '../models/invoice.js'
import { recordInvoiceAction } from './invoice_audit.js'
import { notifyInvoiceAvailable } from './invoice_notifier.js'

/**
 * After new invoices are stored: each upload goes into the audit log and,
 * when staff asked for it, the organization's customers are mailed. An
 * invoice remembers when its customers were told (only if anyone was).
 * Returns how many mails were queued in total.
 */
export async function announceInvoices(ctx: HttpContext, invoices: Invoice[], notify: boolean) {
  let mailed = 0
  for (const invoice of invoices) {
    await recordInvoiceAction(ctx, 'uploaded', invoice, { notify })
    if (!notify) continue
    await invoice.load('organization')
    const recipients = await notifyInvoiceAvailable(invoice, invoice.organization.name)
    if (recipients > 0) {
      invoice.notifiedAt = DateTime.now()
      await invoice.save()
    }
    mailed += recipients
  }
  return mailed
}

/** A unique index refused the row: a colleague took the number between validation and saving. */
export function isDuplicateNumber(error: unknown) {
  return (error as { code?: string })?.code === '23505'
}
