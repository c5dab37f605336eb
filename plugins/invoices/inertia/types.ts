/** Shapes of the props the server sends (plugins/invoices/transformers); types only. */
export type InvoiceStatus = 'paid' | 'open' | 'overdue'

export interface InvoiceRow {
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

export interface InvoiceTotal {
  currency: string
  count: number
  amount: string
}
