import type Invoice from '../models/invoice.js'
import { formatDate, formatMoney } from '../services/formatting.js'
import { invoiceStatus } from '../services/invoice_status.js'

export interface InvoiceFormatting {
  locale: string
  today: string
  t: (key: string) => string
}

/**
 * What the browser may see of an invoice: formatted for the user's locale,
 * the derived status with its label; never the drive key.
 */
export default class InvoiceTransformer {
  static toJSON(invoice: Invoice, { locale, today, t }: InvoiceFormatting) {
    const status = invoiceStatus(invoice, today)
    const issuedOn = invoice.issuedOn.toISODate()!
    const dueOn = invoice.dueOn.toISODate()!
    return {
      id: invoice.id,
      number: invoice.number,
      issuedOn,
      issuedOnLabel: formatDate(issuedOn, locale),
      dueOn,
      dueOnLabel: formatDate(dueOn, locale),
      amount: formatMoney(invoice.amountCents, invoice.currency, locale),
      currency: invoice.currency,
      status,
      statusLabel: t(`invoices.status.${status}`),
    }
  }

  /** Unpaid sums per currency, formatted: [{ currency: 'EUR', count: 2, amount: '1.234,50 €' }]. */
  static totals(rows: { currency: string; count: number; cents: number }[], locale: string) {
    return rows.map((row) => ({
      currency: row.currency,
      count: row.count,
      amount: formatMoney(row.cents, row.currency, locale),
    }))
  }
}
