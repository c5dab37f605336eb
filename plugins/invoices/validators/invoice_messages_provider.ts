import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import PortalMessagesProvider from '#validators/portal_messages_provider'
import { uploadRules } from './invoice_rules.js'

/** field:rule -> key under invoices.validation (flat keys in resources/lang/<locale>/invoices.json) */
const KEYS: Record<string, string> = {
  'pdf:required': 'pdf_required',
  'pdf:file': 'pdf_required',
  'pdf:file.size': 'pdf_size',
  'pdf:file.empty': 'pdf_empty',
  'pdf:pdf': 'pdf_content',
  'organizationId:required': 'organization_required',
  'organizationId:number': 'organization_required',
  'organizationId:withoutDecimals': 'organization_required',
  'organizationId:positive': 'organization_required',
  'organizationId:database.exists': 'organization_unknown',
  'number:required': 'number_required',
  'number:maxLength': 'number_max',
  'number:regex': 'number_format',
  'number:number.taken': 'number_taken',
  'number:number.taken_deleted': 'number_taken_deleted',
  'number:number.batch_duplicate': 'number_batch_duplicate',
  'issuedOn:required': 'issued_required',
  'issuedOn:date': 'date_invalid',
  'dueOn:required': 'due_required',
  'dueOn:date': 'date_invalid',
  'dueOn:date.afterOrSameAs': 'due_before_issued',
  'amount:required': 'amount_required',
  'amount:amount.format': 'amount_format',
  'amount:amount.not_positive': 'amount_positive',
  'amount:amount.too_large': 'amount_too_large',
  'currency:required': 'currency_enum',
  'currency:enum': 'currency_enum',
  'rows:required': 'rows_required',
  'rows:array': 'rows_required',
  'rows:array.minLength': 'rows_required',
  'rows:array.maxLength': 'rows_max',
  'confirmed:required': 'confirm_required',
  'confirmed:accepted': 'confirm_required',
}

/**
 * Validation messages of the invoice forms, from the plugin's translations
 * (invoices.validation.*). Batch rows ("rows.3.amount") use the same
 * messages as the single form; file errors name the refused file. Rules
 * without an invoices message fall back to the portal's general messages.
 */
export default class InvoiceMessagesProvider implements MessagesProviderContact {
  #fallback: MessagesProviderContact

  constructor(private i18n: I18n) {
    this.#fallback = new PortalMessagesProvider(i18n)
  }

  getMessage(message: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const target = field.wildCardPath.replace(/^rows\.\*\./, '')
    const key = `invoices.validation.${KEYS[`${target}:${rule}`] ?? 'none'}`
    if (!this.i18n.hasMessage(key)) return this.#fallback.getMessage(message, rule, field, meta)
    const value = field.value as { clientName?: string } | string | undefined
    return this.i18n.t(key, {
      name: (typeof value === 'object' && value?.clientName) || '',
      value: typeof value === 'string' ? value : '',
      size: uploadRules.maxSizeLabel,
      max: meta?.max ?? uploadRules.maxBatchFiles,
    })
  }
}
