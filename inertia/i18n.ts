import { computed } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { catalogs, type TranslationCatalog } from 'virtual:portal-translations'

/**
 * The same JSON files the server translates with (resources/lang/<locale>/
 * <namespace>.json and the plugins'), in small chunks per locale and
 * catalog (scripts/i18n/client_translations.ts): the login steps need the
 * visitor catalog, logged-in pages the customer one, the admin console
 * the admin one. inertia/pages_resolver.ts loads what a page needs before
 * it renders. Keys are "<namespace>.<key>"; a message missing in a locale is
 * the German one (filled in at build time). Placeholders are {name}; plural
 * forms are left to the server.
 */
const messages: Record<string, Record<string, string>> = {}
const loading = new Map<string, Promise<void>>()

/** Loads catalogs of a locale (German for one the portal does not have) once; again after a failure (offline). */
export function loadTranslations(locale: string, wanted: TranslationCatalog[]) {
  const known = locale in catalogs ? locale : 'de'
  return Promise.all(
    wanted.map((name) => {
      const id = `${known}/${name}`
      let done = loading.get(id)
      if (!done) {
        done = catalogs[known][name]().then(
          (module) => void Object.assign((messages[known] ??= {}), module.default),
          (error) => {
            loading.delete(id)
            throw error
          }
        )
        loading.set(id, done)
      }
      return done
    })
  ).then(() => undefined)
}

export function translate(
  locale: string,
  key: string,
  values: Record<string, string | number> = {}
) {
  const message = messages[locale]?.[key] ?? messages.de?.[key] ?? key
  return message.replace(/\{(\w+)\}/g, (match, name) =>
    name in values ? String(values[name]) : match
  )
}

/** The Intl locale for dates and numbers in the portal's language (British English, German). */
export function intlLocale(locale: string) {
  return locale === 'en' ? 'en-GB' : 'de-DE'
}

/** `const { t, locale } = useI18n()` in a component. */
export function useI18n() {
  const page = usePage<{ locale: string }>()
  const locale = computed(() => page.props.locale ?? 'de')
  return {
    locale,
    t: (key: string, values?: Record<string, string | number>) =>
      translate(locale.value, key, values),
  }
}
