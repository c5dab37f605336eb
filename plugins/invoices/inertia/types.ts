import type InvoiceTransformer from '../transformers/invoice_transformer.js'
import type AdminInvoiceTransformer from '../transformers/admin_invoice_transformer.js'
import type { adminFormOptions } from '../services/admin_form_options.js'

/**
 * The shapes the pages get, derived from the transformers and services that
 * build them: a field added or renamed there changes these types, and
 * `npm run typecheck` shows every page it breaks.
 */
export type InvoiceRow = ReturnType<typeof InvoiceTransformer.toJSON>
export type InvoiceStatus = InvoiceRow['status']
export type InvoiceTotal = ReturnType<typeof InvoiceTransformer.totals>[number]

/** The admin console's row: the customer's view plus organization and bookkeeping. */
export type AdminInvoiceRow = ReturnType<typeof AdminInvoiceTransformer.row>
export type AdminInvoiceDetail = ReturnType<typeof AdminInvoiceTransformer.detail>

export type UploadLimits = Awaited<ReturnType<typeof adminFormOptions>>['limits']

/** An organization as the forms' organization picker shows it. */
export type Organization = { id: number; name: string }

/** What the upload and edit forms send (amount as typed, dates as YYYY-MM-DD): the page's own form state. */
export type InvoiceFormValues = {
  organizationId: number | null
  number: string
  issuedOn: string
  dueOn: string
  amount: string
  currency: string
  paid: boolean
}
