import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/inertia'

export default defineConfig({
  rootView: 'inertia_layout',
  // Page data in the browser history is encrypted (needs HTTPS, so production
  // only); logout clears the key (app/controllers/logout_controller.ts).
  encryptHistory: app.inProduction,
  ssr: { enabled: false, entrypoint: 'inertia/ssr.ts' },
})
