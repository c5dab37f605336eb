/** Shapes of the props the server sends (plugins/invoices/transformers); types only. */
export type InvoiceStatus = 'paid' | 'open' | 'overdue'

export type InvoiceRow = {
  id: number
  number: string
  issuedOn: string
  issuedOnLabel: string
  dueOn: string
  dueOnLabel: string
  amount: string
  currency: string
  status: InvoiceStatus
  statusLabel: string
}

export type InvoiceTotal = {
  currency: string
  count: number
  amount: string
}

/** The admin console's row: the customer's view plus organization and bookkeeping. */
export type AdminInvoiceRow = InvoiceRow & {
  organization: { id: number; name: string }
  paid: boolean
  deleted: boolean
}

export type AdminInvoiceDetail = AdminInvoiceRow & {
  fileSize: number
  createdAt: string | null
  paidAt: string | null
  notifiedAt: string | null
  deletedAt: string | null
}

/** What the upload and edit forms send (amount as typed, dates as YYYY-MM-DD). */
export type InvoiceFormValues = {
  organizationId: number | null
  number: string
  issuedOn: string
  dueOn: string
  amount: string
  currency: string
  paid: boolean
}

export type UploadLimits = {
  maxSize: string
  maxFiles: number
  maxRequest: string
  maxRequestBytes: number
}

export type Organization = {
  id: number
  name: string
}
