import { DateTime } from 'luxon'
import type Invoice from '../models/invoice.js'
import { removePrivateFiles, withFileCleanup, type UploadedFile } from '#plugin_kit/private_files'
import { invoiceFolder } from '../services/invoice_files.js'
import type { InvoiceUpload } from './store_invoices.js'

export type InvoiceChanges = Omit<InvoiceUpload, 'pdf'> & { pdf?: UploadedFile }

/**
 * Applies the edit form. A replaced PDF is written under a new key first;
 * the old file is removed only once the row points to the new one (and the
 * new one is removed if saving fails), so the invoice always has a file.
 * Returns what changed, for the audit log.
 */
export default class UpdateInvoice {
  static async handle(invoice: Invoice, { pdf, paid, issuedOn, dueOn, ...fields }: InvoiceChanges) {
    const before = { number: invoice.number, paid: invoice.paidAt !== null }
    invoice.merge(fields)
    // Dates compared as days: a DateTime of the same day is no change.
    const day = (date: Date) => DateTime.fromJSDate(date)
    if (invoice.issuedOn.toISODate() !== day(issuedOn).toISODate()) invoice.issuedOn = day(issuedOn)
    if (invoice.dueOn.toISODate() !== day(dueOn).toISODate()) invoice.dueOn = day(dueOn)
    // Without the field (not from the form) the payment state stays as it is.
    if (paid !== undefined && paid !== before.paid) invoice.paidAt = paid ? DateTime.now() : null

    const changed = Object.keys(invoice.$dirty).filter((key) => key !== 'updatedAt')
    const oldKey = invoice.fileKey
    await withFileCleanup(async (files) => {
      if (pdf) {
        const file = await files.upload(invoiceFolder(invoice.organizationId), pdf, {
          extension: 'pdf',
        })
        invoice.merge({ fileKey: file.key, fileSize: file.size })
        changed.push('pdf')
      }
      await invoice.save()
    })
    if (invoice.fileKey !== oldKey) await removePrivateFiles([oldKey])
    return { changed, before }
  }
}
