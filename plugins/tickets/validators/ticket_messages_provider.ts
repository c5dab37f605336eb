import type { I18n } from '@adonisjs/i18n'
import { PluginMessagesProvider } from '#plugin_kit/validation_messages'
import { attachmentRules } from '../services/attachment_store.js'

/** field:rule -> key under tickets.validation (flat keys in resources/lang/<locale>/tickets.json) */
const KEYS: Record<string, string> = {
  'attachments.*:file': 'file_invalid',
  'attachments.*:file.size': 'file_size',
  'attachments.*:file.extname': 'file_extname',
  'attachments.*:file.empty': 'file_empty',
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
  // review of email replies
  'ticket:required': 'inbound_ticket',
  'ticket:minLength': 'inbound_ticket',
  'ticket:maxLength': 'inbound_ticket',
  'ticket:database.exists': 'inbound_ticket',
  'confirmed:required': 'inbound_confirm',
  'confirmed:accepted': 'inbound_confirm',
}

/**
 * Validation messages of the tickets forms, from the plugin's own
 * translations (tickets.validation.*). File errors name the refused file,
 * so a customer who picked five files knows which one to leave out.
 */
export function ticketMessages(i18n: I18n) {
  return new PluginMessagesProvider(i18n, {
    plugin: 'tickets',
    keys: KEYS,
    values: { size: '10 MB', types: attachmentRules.extnames.join(', ') },
  })
}
