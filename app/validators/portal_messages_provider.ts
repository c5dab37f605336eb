import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { messageRuleForFile } from '#plugin_kit/file_rules'

/**
 * The portal's general validation messages (resources/lang/<locale>/
 * validator.json), with lists written for people: a rule's `extnames`
 * (`['png', 'jpg', 'pdf']`) reads "PNG, JPG und PDF", not "png,jpg,pdf".
 * Every request uses it (app/middleware/detect_locale_middleware.ts); the
 * plugins' and forms' own providers fall back to it.
 */
export default class PortalMessagesProvider implements MessagesProviderContact {
  #messages: MessagesProviderContact

  constructor(private i18n: I18n) {
    this.#messages = i18n.createMessagesProvider()
  }

  getMessage(message: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    return this.#messages.getMessage(
      message,
      messageRuleForFile(rule, field.value),
      field,
      meta && this.#readable(meta)
    )
  }

  #readable(meta: Record<string, any>) {
    const list = new Intl.ListFormat(this.i18n.locale, { type: 'conjunction' })
    return Object.fromEntries(
      Object.entries(meta).map(([key, value]) => [
        key,
        Array.isArray(value)
          ? list.format(
              value.map((item) => (key === 'extnames' ? String(item).toUpperCase() : String(item)))
            )
          : value,
      ])
    )
  }
}
