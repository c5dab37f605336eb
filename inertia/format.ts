import { intlLocale } from '~/i18n'

/**
 * Dates, times and sizes as people read them in the page's language, for
 * the core's pages and every plugin's (`import { formatSize } from '~/format'`).
 * Times show in the browser's time zone; dates without a time ("2026-03-15")
 * are the same day everywhere.
 */

/** "2026-03-15", "de" -> "15.03.2026" */
export function formatDate(isoDate: string, locale: string) {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number)
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** An ISO timestamp -> "15.03.2026, 14:05" ('medium': "15. März 2026, 14:05") */
export function formatDateTime(iso: string, locale: string, style: 'short' | 'medium' = 'medium') {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: style,
    timeStyle: 'short',
  }).format(new Date(iso))
}

/** 1536 -> "1,5 KB"; bytes, KB and MB with at most one decimal. */
export function formatSize(bytes: number, locale: string) {
  const format = (value: number) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value)
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`
  return `${format(bytes / 1024 / 1024)} MB`
}
