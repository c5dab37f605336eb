import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { translationCatalogOf, type TranslationCatalog } from '../client_split.js'

/**
 * A Vite plugin: the translations the browser needs, as small lazy chunks,
 * one per locale and catalog (visitor, customer, admin; see
 * scripts/client_split.ts), made from the same JSON files the server
 * translates with (resources/lang/<locale>/<namespace>.json and every
 * plugin's resources/lang). Keys are "<namespace>.<key>". Messages only the
 * server uses are left out.
 *
 *   import { catalogs } from 'virtual:portal-translations'
 *   const { default: messages } = await catalogs.de.visitor()
 */
export const MODULE_ID = 'virtual:portal-translations'
export const CATALOGS: TranslationCatalog[] = ['visitor', 'customer', 'admin']

/** resources/lang and plugins/<id>/resources/lang, those that exist. */
async function languageRoots(root: string) {
  const plugins = await readdir(join(root, 'plugins'), { withFileTypes: true }).catch(() => [])
  return [
    join(root, 'resources/lang'),
    ...plugins
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, 'plugins', entry.name, 'resources/lang')),
  ]
}

async function folders(path: string) {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

export async function locales(root: string) {
  const found = new Set<string>()
  for (const languageRoot of await languageRoots(root))
    for (const locale of await folders(languageRoot)) found.add(locale)
  return [...found].filter((locale) => /^[a-z]{2}(-[A-Z]{2})?$/.test(locale)).sort()
}

/** German is the default and the fallback: a message missing in another locale is the German one. */
export const FALLBACK_LOCALE = 'de'

async function readCatalog(
  root: string,
  locale: string,
  wanted: TranslationCatalog,
  watch: (file: string) => void
) {
  const messages: Record<string, string> = {}
  for (const languageRoot of await languageRoots(root)) {
    const folder = join(languageRoot, locale)
    const names = await readdir(folder).catch(() => [] as string[])
    const files = names.filter((file) => file.endsWith('.json')).sort()
    for (const file of files) {
      watch(join(folder, file))
      const namespace = file.slice(0, -'.json'.length)
      const content = JSON.parse(await readFile(join(folder, file), 'utf8')) as Record<
        string,
        string
      >
      for (const [key, message] of Object.entries(content)) {
        const fullKey = `${namespace}.${key}`
        if (translationCatalogOf(fullKey) === wanted) messages[fullKey] = message
      }
    }
  }
  return messages
}

/** The messages of one catalog in one locale; `watch` is told every file read. */
export async function catalog(
  root: string,
  locale: string,
  wanted: TranslationCatalog,
  watch: (file: string) => void = () => {}
) {
  const own = await readCatalog(root, locale, wanted, watch)
  if (locale === FALLBACK_LOCALE) return own
  return { ...(await readCatalog(root, FALLBACK_LOCALE, wanted, watch)), ...own }
}

export function clientTranslations(): Plugin {
  let root = process.cwd()
  const catalogId = (wanted: TranslationCatalog, locale: string) =>
    `${MODULE_ID}/${wanted}/lang-${wanted}-${locale}`
  return {
    name: 'portal:client-translations',
    configResolved(config) {
      root = config.root
    },
    resolveId: {
      filter: { id: /^virtual:portal-translations(\/|$)/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:portal-translations(\/|$)/ },
      async handler(id) {
        if (id === `\0${MODULE_ID}`) {
          const available = await locales(root)
          const entries = available.map((locale) => {
            const loaders = CATALOGS.map(
              (wanted) => `${wanted}: () => import(${JSON.stringify(catalogId(wanted, locale))})`
            )
            return `  ${JSON.stringify(locale)}: { ${loaders.join(', ')} },`
          })
          return `export const catalogs = {\n${entries.join('\n')}\n}\n`
        }
        const match =
          /^\0virtual:portal-translations\/(visitor|customer|admin)\/lang-[a-z]+-([\w-]+)$/.exec(id)
        if (!match) return
        const messages = await catalog(root, match[2], match[1] as TranslationCatalog, (file) =>
          this.addWatchFile(file)
        )
        return `export default ${JSON.stringify(messages)}\n`
      },
    },
  }
}
