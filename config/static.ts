import { defineConfig } from '@adonisjs/static'

/** Files under public/ (icons, the built assets). */
export default defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
})
