import { configProvider } from '@adonisjs/core'
import formatters from '@poppinss/intl-formatter'
import { IntlMessageFormat } from 'intl-messageformat'
import type { FormatterFactory, TranslationsFormatterContract } from '@adonisjs/i18n/types'

/** More messages than the catalogues hold in both languages: the cache never grows without limit. */
const MAX_COMPILED = 5_000

/**
 * The ICU formatter of @adonisjs/i18n, with each message compiled once per
 * locale instead of on every `t()`: the package parses the message anew on
 * each call (about 30 µs), and a page calls it dozens of times (navigation,
 * badges, statuses of every row). The output is the same: the same
 * IntlMessageFormat, options and memoized Intl formatters.
 */
export class CachedIcuFormatter implements TranslationsFormatterContract {
  readonly name = 'icu'
  #compiled = new Map<string, IntlMessageFormat>()

  /** How many compiled messages are kept (for the tests). */
  get compiledMessages() {
    return this.#compiled.size
  }

  format(message: string, locale: string, data?: Record<string, any>) {
    const key = `${locale}\u0000${message}`
    let compiled = this.#compiled.get(key)
    if (!compiled) {
      if (this.#compiled.size >= MAX_COMPILED) this.#compiled.clear()
      compiled = new IntlMessageFormat(
        message,
        locale,
        {},
        {
          formatters: {
            getNumberFormat: formatters.number,
            getDateTimeFormat: formatters.date,
            getPluralRules: formatters.plural,
          },
          ignoreTag: true,
        }
      )
      this.#compiled.set(key, compiled)
    }
    return compiled.format(data ?? {}) as string
  }
}

/** For `formatter:` in config/i18n.ts, in place of `formatters.icu()`. */
export function cachedIcu() {
  return configProvider.create<FormatterFactory>(async () => () => new CachedIcuFormatter())
}
