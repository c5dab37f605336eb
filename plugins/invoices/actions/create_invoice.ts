import type { DateTime } from 'luxon'
import { withFileCleanup } from '#plugin_kit/private_files'
import Invoice from '../models/invoice.js'
import { invoiceFolder, pdfFileName } from '../services/invoice_files.js'

export interface NewInvoice {
  organizationId: number
  number: string
  issuedOn: DateTime
  dueOn: DateTime
  amountCents: number
  currency?: string
  paidAt?: DateTime | null
  pdf: Uint8Array
}

/** Stores the PDF on the private disk, then the invoice pointing at it (demo data, tests). */
export default class CreateInvoice {
  static async handle({ pdf, ...data }: NewInvoice) {
    return withFileCleanup(async (files) => {
      const file = await files.bytes(
        invoiceFolder(data.organizationId),
        pdf,
        pdfFileName(data.number)
      )
      return Invoice.create({
        currency: 'EUR',
        paidAt: null,
        ...data,
        fileKey: file.key,
        fileSize: file.size,
      })
    })
  }
}
