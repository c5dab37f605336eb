import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import adonisjs from '@adonisjs/vite/client'
import { clientTranslations } from './scripts/i18n/client_translations.js'

export default defineConfig({
  plugins: [vue(), adonisjs({ entryPoints: ['inertia/app.ts'], reload: ['resources/views/**/*.edge'] }), clientTranslations()],
  /**
   * Only the browser bundle: without SSR, Vite 8's default buildApp would
   * also build an SSR bundle over the client manifest (adonisjs/vite#44).
   */
  builder: {
    buildApp: async (builder) => {
      await builder.build(builder.environments.client)
    },
  },
  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/inertia/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
