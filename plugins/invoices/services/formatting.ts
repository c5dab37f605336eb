/** The portal's locales ("de", "en") as the Intl locales used to format numbers and dates. */
const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' }

export function intlLocale(locale: string) {
  return INTL_LOCALES[locale] ?? 'de-DE'
}

/** 123450, "EUR", "de" -> "1.234,50 €" (with a non-breaking space, as Intl writes it). */
export function formatMoney(cents: number, currency: string, locale: string) {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(
    cents / 100
  )
}

/** "2026-03-15", "de" -> "15.03.2026" */
export function formatDate(isoDate: string, locale: string) {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}
