import vine from '@vinejs/vine'
import { fileContent, nonEmptyFile } from '#plugin_kit/file_rules'
import { parseAmount } from '../services/amount.js'
import { amountRule, CURRENCIES, numberAvailable, uploadRules } from './invoice_rules.js'

/** Letters, digits and the usual separators ("RE-2026/001", "2026 17"); at most 64 characters. */
const NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u

/**
 * A PDF by its content (#plugin_kit/file_rules), whatever its name: the name and the
 * type a browser sends prove nothing, and the bodyparser cannot name the type
 * of a small unknown file at all. Stored and served as PDF either way.
 */
const pdf = () =>
  vine
    .file({ size: uploadRules.maxSize })
    .use(nonEmptyFile())
    .use(fileContent({ kind: 'pdf' }))

/** The fields every invoice has, in the single form, the edit form and each batch row. */
const invoiceFields = () => ({
  // The max keeps numbers beyond PostgreSQL's integer from reaching the database.
  organizationId: vine
    .number()
    .withoutDecimals()
    .positive()
    .max(2_147_483_647)
    .exists({ table: 'organizations', column: 'id' }),
  number: vine.string().trim().maxLength(64).regex(NUMBER_PATTERN).use(numberAvailable()),
  issuedOn: vine.date({ formats: ['YYYY-MM-DD'] }),
  dueOn: vine.date({ formats: ['YYYY-MM-DD'] }).afterOrSameAs('issuedOn'),
  amount: vine
    .string()
    .trim()
    .use(amountRule())
    .transform((value) => (parseAmount(value) as { cents: number }).cents),
  currency: vine.enum(CURRENCIES),
  paid: vine.boolean().optional(),
})

/** One invoice with its PDF; customers are told unless staff untick the box. */
export const createInvoiceValidator = vine.create({
  ...invoiceFields(),
  pdf: pdf(),
  notify: vine.boolean().optional(),
})

/** Editing: the same fields, the PDF only when it is replaced. */
export const updateInvoiceValidator = vine.withMetaData<{ invoiceId: number }>().create({
  ...invoiceFields(),
  pdf: pdf().optional(),
})

/** Several invoices at once: each row is a full invoice; all are stored or none. */
export const batchInvoicesValidator = vine.create({
  rows: vine
    .array(vine.object({ ...invoiceFields(), pdf: pdf() }))
    .minLength(1)
    .maxLength(uploadRules.maxBatchFiles),
  notify: vine.boolean().optional(),
})

/** Deleting asks first: only the confirmation step's button sends `confirmed`. */
export const deleteInvoiceValidator = vine.create({
  confirmed: vine.accepted(),
})
