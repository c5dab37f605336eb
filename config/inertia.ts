import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/inertia'

/**
 * The built assets' version (a changed build reloads open pages), computed
 * once at boot: left to the package, it is JSON.stringify and md5 of the
 * whole Vite manifest on every page (about 1 % of a page's CPU at load).
 * Development and tests keep the package's own.
 */
function builtAssetsVersion() {
  if (!app.inProduction) return undefined
  try {
    const manifest = readFileSync(app.publicPath('assets/.vite/manifest.json'))
    return createHash('md5').update(manifest).digest('hex')
  } catch {
    return undefined
  }
}

export default defineConfig({
  rootView: 'inertia_layout',
  assetsVersion: builtAssetsVersion(),
  // Page data in the browser history is encrypted (needs HTTPS, so production
  // only); logout clears the key (app/controllers/logout_controller.ts).
  encryptHistory: app.inProduction,
  ssr: { enabled: false, entrypoint: 'inertia/ssr.ts' },
})
