import type { DateTime } from 'luxon'
import type Invoice from '../models/invoice.js'
import { amountInput } from '../services/amount.js'
import { formatDate, formatTime } from '../services/formatting.js'
import InvoiceTransformer, { type InvoiceFormatting } from './invoice_transformer.js'

/**
 * What the admin console shows of an invoice: the customer's view plus the
 * organization and the bookkeeping (paid, notified, deleted). Never the
 * drive key; the PDF is reached through the staff-only download route.
 */
export default class AdminInvoiceTransformer {
  static row(invoice: Invoice, formatting: InvoiceFormatting) {
    return {
      ...InvoiceTransformer.toJSON(invoice, formatting),
      organization: { id: invoice.organizationId, name: invoice.organization?.name ?? '' },
      paid: invoice.paidAt !== null,
      deleted: invoice.deletedAt !== null,
    }
  }

  static detail(invoice: Invoice, formatting: InvoiceFormatting) {
    const at = (value: DateTime | null) => (value ? dateTime(value, formatting.locale) : null)
    return {
      ...this.row(invoice, formatting),
      fileSize: invoice.fileSize,
      createdAt: at(invoice.createdAt),
      paidAt: at(invoice.paidAt),
      notifiedAt: at(invoice.notifiedAt),
      deletedAt: at(invoice.deletedAt),
    }
  }

  /** The edit form's starting values, in the shape the form sends back. */
  static formValues(invoice: Invoice, locale: string) {
    return {
      organizationId: invoice.organizationId,
      number: invoice.number,
      issuedOn: invoice.issuedOn.toISODate()!,
      dueOn: invoice.dueOn.toISODate()!,
      amount: amountInput(invoice.amountCents, locale),
      currency: invoice.currency,
      paid: invoice.paidAt !== null,
    }
  }
}

/** "14.03.2026, 09:30" for the locale, in the app's time zone. */
function dateTime(value: DateTime, locale: string) {
  const date = formatDate(value.toISODate()!, locale)
  const time = formatTime(value.toJSDate(), locale, value.zoneName ?? 'UTC')
  return `${date}, ${time}`
}
