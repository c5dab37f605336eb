import { intlLocale } from '~/i18n'

/** Dates and sizes for the tickets pages, in the page's locale. */
export function formatDateTime(iso: string, locale: string) {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso)
  )
}

export function formatSize(bytes: number, locale: string) {
  const format = (value: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value)
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`
  return `${format(bytes / 1024 / 1024)} MB`
}

/** The errors of the attachments field: the list's own and one per refused file. */
export function attachmentErrors(errors: Record<string, string | undefined>) {
  return Object.entries(errors)
    .filter(([key, message]) => (key === 'attachments' || key.startsWith('attachments.')) && message)
    .map(([, message]) => message as string)
}
