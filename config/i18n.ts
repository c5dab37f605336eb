import app from '@adonisjs/core/services/app'
import { defineConfig, loaders } from '@adonisjs/i18n'
import { cachedIcu } from '#services/cached_icu_formatter'
import enabledPlugins from '#config/plugins'
import { pluginFolders, pluginPath } from '#plugin_kit/plugin_folders'

/**
 * German first (Du-form), English second. The same JSON files feed the
 * server (mails, validation, flash messages) and the Vue pages
 * (inertia/i18n.ts imports them at build time).
 */
export default defineConfig({
  defaultLocale: 'de',
  supportedLocales: ['de', 'en'],
  // ICU messages, each compiled once (app/services/cached_icu_formatter.ts).
  formatter: cachedIcu(),
  loaders: [
    loaders.fs({ location: app.languageFilesPath() }),
    // Each plugin's resources/lang; its files are named after the plugin id.
    ...pluginFolders(Object.keys(enabledPlugins)).map((id) =>
      loaders.fs({ location: pluginPath(id, 'resources', 'lang') })
    ),
  ],
})
