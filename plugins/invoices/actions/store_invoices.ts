import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Invoice from '../models/invoice.js'
import { withFileCleanup, type UploadedFile } from '#plugin_kit/private_files'
import { invoiceFolder } from '../services/invoice_files.js'

/** One validated upload: the form's fields and its PDF (still in the temp folder). */
export interface InvoiceUpload {
  organizationId: number
  number: string
  issuedOn: Date
  dueOn: Date
  amountCents: number
  currency: string
  paid?: boolean
  pdf: UploadedFile
}

/**
 * Stores validated uploads, all or none: the PDFs go to the drive and the
 * rows into the database inside one transaction. If anything fails on the
 * way (the drive, a number taken a moment ago by a colleague), the files
 * already written are removed again and no row is left behind.
 */
export default class StoreInvoices {
  static async handle(uploads: InvoiceUpload[]) {
    return withFileCleanup((files) =>
      db.transaction(async (trx) => {
        const invoices: Invoice[] = []
        for (const { pdf, paid, issuedOn, dueOn, ...fields } of uploads) {
          const file = await files.upload(invoiceFolder(fields.organizationId), pdf, {
            extension: 'pdf',
          })
          invoices.push(
            await Invoice.create(
              {
                ...fields,
                fileKey: file.key,
                fileSize: file.size,
                issuedOn: DateTime.fromJSDate(issuedOn),
                dueOn: DateTime.fromJSDate(dueOn),
                paidAt: paid ? DateTime.now() : null,
              },
              { client: trx }
            )
          )
        }
        return invoices
      })
    )
  }
}
