import type { I18n } from '@adonisjs/i18n'
import { PluginMessagesProvider } from '#plugin_kit/validation_messages'
import { uploadRules } from './invoice_rules.js'

/** field:rule -> key under invoices.validation (flat keys in resources/lang/<locale>/invoices.json) */
const KEYS: Record<string, string> = {
  'pdf:required': 'pdf_required',
  'pdf:file': 'pdf_required',
  'pdf:file.size': 'pdf_size',
  'pdf:file.empty': 'pdf_empty',
  'pdf:file.content': 'pdf_content',
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

/** A batch row's fields ("rows.3.amount") are worded like the single form's. */
const ROW_KEYS = Object.fromEntries(
  Object.entries(KEYS)
    .filter(([fieldRule]) => !fieldRule.startsWith('rows:'))
    .map(([fieldRule, key]) => [`rows.*.${fieldRule}`, key])
)

/**
 * Validation messages of the invoice forms, from the plugin's translations
 * (invoices.validation.*); file errors name the refused file. Rules without
 * an invoices message use the portal's general messages.
 */
export function invoiceMessages(i18n: I18n) {
  return new PluginMessagesProvider(i18n, {
    plugin: 'invoices',
    keys: { ...KEYS, ...ROW_KEYS },
    values: { size: uploadRules.maxSizeLabel },
  })
}
