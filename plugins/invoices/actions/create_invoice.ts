import type { DateTime } from 'luxon'
import Invoice from '../models/invoice.js'
import { storeInvoicePdf } from '../services/invoice_files.js'

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

/** Stores the PDF on the drive disk, then the invoice pointing at it. */
export default class CreateInvoice {
  static async handle({ pdf, ...data }: NewInvoice) {
    const file = await storeInvoicePdf(data.organizationId, pdf)
    return Invoice.create({ currency: 'EUR', paidAt: null, ...data, ...file })
  }
}
