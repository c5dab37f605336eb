/** The portal's locales ("de", "en") as the Intl locales used to format numbers and dates. */
const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' }

export function intlLocale(locale: string) {
  return INTL_LOCALES[locale] ?? 'de-DE'
}

/**
 * Intl formatters are built once per locale and options: building one costs
 * 30–55 µs (ICU loads its data), formatting with it under 1 µs, and the
 * invoice list formats an amount and two dates for every invoice.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined
  if (!formatter) {
    formatter = build()
    formatters.set(key, formatter)
  }
  return formatter
}

/** 123450, "EUR", "de" -> "1.234,50 €" (with a non-breaking space, as Intl writes it). */
export function formatMoney(cents: number, currency: string, locale: string) {
  const intl = intlLocale(locale)
  return cached(
    `money|${intl}|${currency}`,
    () => new Intl.NumberFormat(intl, { style: 'currency', currency })
  ).format(cents / 100)
}

/** "2026-03-15", "de" -> "15.03.2026" */
export function formatDate(isoDate: string, locale: string) {
  const [year, month, day] = isoDate.split('-').map(Number)
  const intl = intlLocale(locale)
  return cached(
    `date|${intl}`,
    () => new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' })
  ).format(new Date(Date.UTC(year, month - 1, day)))
}

/** "09:30" for the locale in the given time zone. */
export function formatTime(value: Date, locale: string, timeZone: string) {
  const intl = intlLocale(locale)
  return cached(
    `time|${intl}|${timeZone}`,
    () => new Intl.DateTimeFormat(intl, { timeStyle: 'short', timeZone })
  ).format(value)
}
