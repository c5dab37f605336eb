import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

/**
 * German first (Du-form), English second. The same JSON files feed the
 * server (mails, validation, flash messages) and the Vue pages
 * (inertia/i18n.ts imports them at build time).
 */
export default defineConfig({
  defaultLocale: 'de',
  supportedLocales: ['de', 'en'],
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})
