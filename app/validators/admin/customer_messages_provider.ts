import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import PortalMessagesProvider from '#validators/portal_messages_provider'

/** field:rule (or just the rule) -> key under customers.validation (resources/lang/<locale>/customers.json) */
const KEYS: Record<string, string> = {
  'name:database.unique': 'organization_name_taken',
  'customerNumber:database.unique': 'customer_number_taken',
  'allowedDomains:domains.syntax': 'domain_syntax',
  'allowedDomains:domains.public': 'domain_public',
  'allowedDomains:domains.max': 'domains_max',
  'allowedDomains:domains.taken': 'domain_taken',
  'email:required': 'email_required',
  'email:email': 'email_invalid',
  'text:required': 'import_text_required',
  'text:minLength': 'import_text_required',
  'text:maxLength': 'import_text_too_long',
  'required': 'required',
  'minLength': 'required',
  'maxLength': 'max_length',
}

/**
 * The admin console's customer forms, with messages from customers.json
 * (field-specific where it helps: "Diese Kundennummer hat schon …"). Other
 * rules use the portal's general validation messages.
 */
export default class CustomerMessagesProvider implements MessagesProviderContact {
  #fallback: MessagesProviderContact

  constructor(private i18n: I18n) {
    this.#fallback = new PortalMessagesProvider(i18n)
  }

  getMessage(message: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const name = KEYS[`${field.wildCardPath}:${rule}`] ?? KEYS[rule]
    const key = `customers.validation.${name ?? 'none'}`
    if (name && this.i18n.hasMessage(key)) return this.i18n.t(key, { ...meta })
    return this.#fallback.getMessage(message, rule, field, meta)
  }
}
