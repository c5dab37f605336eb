import vine from '@vinejs/vine'
import db from '@adonisjs/lucid/services/db'
import { parseAmount } from '../services/amount.js'

/**
 * What the upload forms accept. The forms state these limits; the rules
 * below enforce them. 20 batch files of 20 MB would exceed the portal's
 * 52 MB request limit, so the batch page also adds the sizes up before
 * sending (and says so).
 */
export const uploadRules = {
  maxSize: '20mb',
  maxSizeLabel: '20 MB',
  maxBatchFiles: 20,
  maxRequestLabel: '50 MB',
  maxRequestBytes: 50 * 1024 * 1024,
} as const

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const

/** "1.234,56", "1234.56", "1234,5" … must be an amount above zero (see services/amount.ts). */
export const amountRule = vine.createRule((value, _options, field) => {
  if (!field.isValid || typeof value !== 'string') return
  const result = parseAmount(value)
  if ('error' in result) field.report('invalid amount', `amount.${result.error}`, field)
})

/**
 * Invoice numbers are unique across all invoices, soft-deleted ones
 * included (the database index is global, and a deleted invoice keeps its
 * number for the audit trail). Compared case-insensitively: "re-1" next to
 * "RE-1" is a typo, not a new invoice. In a batch, a number used by an
 * earlier row is refused on the later row. The invoice being edited
 * (validator meta `invoiceId`) does not collide with itself.
 */
export const numberAvailable = vine.createRule(async (value, _options, field) => {
  if (!field.isValid || typeof value !== 'string') return
  const rows = (field.data as { rows?: unknown }).rows
  const index = Number(field.getFieldPath().match(/^rows\.(\d+)\./)?.[1] ?? -1)
  if (Array.isArray(rows) && index > 0) {
    const earlier = rows
      .slice(0, index)
      .some((row) => sameNumber((row as { number?: unknown })?.number, value))
    if (earlier) return field.report('number used twice', 'number.batch_duplicate', field)
  }
  const query = db
    .from('invoices')
    .whereRaw('lower(number) = lower(?)', [value])
    .select('id', 'deleted_at')
  const invoiceId = (field.meta as { invoiceId?: number }).invoiceId
  if (invoiceId) query.whereNot('id', invoiceId)
  const taken = await query.first()
  if (taken)
    field.report('number taken', taken.deleted_at ? 'number.taken_deleted' : 'number.taken', field)
})

function sameNumber(other: unknown, value: string) {
  return typeof other === 'string' && other.trim().toLowerCase() === value.toLowerCase()
}
