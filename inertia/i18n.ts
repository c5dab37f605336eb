import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'

/**
 * The same JSON files the server translates with (resources/lang/<locale>/
 * <namespace>.json), bundled at build time. Keys are "<namespace>.<key>".
 * Placeholders are {name}; plural forms are left to the server.
 */
const files = {
  ...import.meta.glob<Record<string, string>>('@lang/*/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<Record<string, string>>('../plugins/*/resources/lang/*/*.json', { eager: true, import: 'default' }),
}

const catalogs: Record<string, Record<string, string>> = {}
for (const [path, messages] of Object.entries(files)) {
  const [, locale, namespace] = path.match(/([a-z]{2})\/([a-z0-9_]+)\.json$/) ?? []
  if (!locale) continue
  catalogs[locale] ??= {}
  for (const [key, message] of Object.entries(messages)) catalogs[locale][`${namespace}.${key}`] = message
}

export function translate(locale: string, key: string, values: Record<string, string | number> = {}) {
  const message = catalogs[locale]?.[key] ?? catalogs.de?.[key] ?? key
  return message.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match))
}

/** The Intl locale for dates and numbers in the portal's language (British English, German). */
export function intlLocale(locale: string) {
  return locale === 'en' ? 'en-GB' : 'de-DE'
}

/** `const { t, locale } = useI18n()` in a component. */
export function useI18n() {
  const page = usePage<{ locale: string }>()
  const locale = computed(() => page.props.locale ?? 'de')
  return { locale, t: (key: string, values?: Record<string, string | number>) => translate(locale.value, key, values) }
}
