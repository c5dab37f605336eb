import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import PortalMessagesProvider from '#validators/portal_messages_provider'
import { messageRuleForFile } from '#core/file_rules'
import { attachmentRules } from '../services/attachment_store.js'

/** field:rule -> key under tickets.validation (flat keys in resources/lang/<locale>/tickets.json) */
const KEYS: Record<string, string> = {
  'file:file': 'file_invalid',
  'file:file.size': 'file_size',
  'file:file.extname': 'file_extname',
  'file:file.empty': 'file_empty',
  'attachments:array': 'files_invalid',
  'attachments:array.maxLength': 'files_too_many',
  'subject:required': 'subject_required',
  'subject:minLength': 'subject_min',
  'subject:maxLength': 'subject_max',
  'body:required': 'body_required',
  'body:minLength': 'body_required',
  'body:maxLength': 'body_max',
  'priority:enum': 'priority_enum',
  // admin console
  'status:required': 'status_enum',
  'status:enum': 'status_enum',
  'internal:boolean': 'internal_boolean',
  'assignee:number': 'assignee_invalid',
  'assignee:withoutDecimals': 'assignee_invalid',
  'assignee:positive': 'assignee_invalid',
  'assignee:database.exists': 'assignee_invalid',
}

/**
 * Validation messages of the tickets forms, from the plugin's own
 * translations (tickets.validation.*). File errors name the refused file,
 * so a customer who picked five files knows which one to leave out. Rules
 * without a tickets message use the portal's general messages.
 */
export default class TicketMessagesProvider implements MessagesProviderContact {
  #fallback: MessagesProviderContact

  /** @param overrides field:rule -> key, e.g. staff forms word "body:required" for staff */
  constructor(
    private i18n: I18n,
    private overrides: Record<string, string> = {}
  ) {
    this.#fallback = new PortalMessagesProvider(i18n)
  }

  getMessage(message: string, failedRule: string, field: FieldContext, meta?: Record<string, any>) {
    const rule = messageRuleForFile(failedRule, field.value)
    const target = field.wildCardPath.startsWith('attachments.') ? 'file' : field.wildCardPath
    const key = `tickets.validation.${this.overrides[`${target}:${rule}`] ?? KEYS[`${target}:${rule}`] ?? 'none'}`
    const value = field.value as { clientName?: string } | undefined
    if (this.i18n.hasMessage(key)) {
      return this.i18n.t(key, {
        name: value?.clientName ?? '',
        max: meta?.max ?? attachmentRules.maxFiles,
        min: meta?.min ?? '',
        size: '10 MB',
        types: attachmentRules.extnames.join(', '),
      })
    }
    return this.#fallback.getMessage(message, rule, field, meta)
  }
}
