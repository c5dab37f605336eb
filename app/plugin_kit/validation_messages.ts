import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import PortalMessagesProvider from '#validators/portal_messages_provider'
import { messageRuleForFile } from '#plugin_kit/file_rules'

export interface PluginMessages {
  /** the plugin's id: messages are read from "<id>.validation.<key>" in its translations */
  plugin: string
  /**
   * "field:rule" -> key. Fields are named by their wildcard path
   * ("rows.*.amount", "attachments.*"); a rule missing here uses the
   * portal's general message (validator.json).
   */
  keys: Record<string, string>
  /** values the messages use, over the rule's own: a size as people read it ("20 MB", not "20mb") */
  values?: Record<string, string | number>
}

/**
 * Validation messages of a plugin's forms, in its own words and both
 * languages. File errors get the refused file's name as `{name}` (so a
 * person who picked five files knows which one to leave out), an empty file
 * is worded as empty whatever check it failed first, and lists read
 * "PNG, JPG und PDF" (the portal's provider, which every other rule uses).
 *
 * @example
 * const messages = new PluginMessagesProvider(ctx.i18n, { plugin: 'notes', keys: { 'title:required': 'title_required' } })
 * await ctx.request.validateUsing(noteValidator, { messagesProvider: messages })
 */
export class PluginMessagesProvider implements MessagesProviderContact {
  #fallback: PortalMessagesProvider

  constructor(
    private i18n: I18n,
    private messages: PluginMessages
  ) {
    this.#fallback = new PortalMessagesProvider(i18n)
  }

  /** The same messages with some "field:rule" keys worded differently (a staff form's own words). */
  with(keys: Record<string, string>) {
    return new PluginMessagesProvider(this.i18n, {
      ...this.messages,
      keys: { ...this.messages.keys, ...keys },
    })
  }

  getMessage(message: string, failedRule: string, field: FieldContext, meta?: Record<string, any>) {
    const rule = messageRuleForFile(failedRule, field.value)
    const name = this.messages.keys[`${field.wildCardPath}:${rule}`]
    const key = `${this.messages.plugin}.validation.${name}`
    if (!name || !this.i18n.hasMessage(key))
      return this.#fallback.getMessage(message, rule, field, meta)
    const value = field.value as { clientName?: string } | string | undefined
    return this.i18n.t(key, {
      ...meta,
      ...this.messages.values,
      name: (typeof value === 'object' && value?.clientName) || '',
      value: typeof value === 'string' ? value : '',
    })
  }
}
