import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import adonisjs from '@adonisjs/vite/client'
import { clientTranslations } from './scripts/i18n/client_translations.js'
import { isAdminChunk } from './scripts/client_split.js'

export default defineConfig({
  plugins: [
    vue(),
    adonisjs({ entryPoints: ['inertia/app.ts'], reload: ['resources/views/**/*.edge'] }),
    clientTranslations(),
  ],
  build: {
    rolldownOptions: {
      output: {
        /**
         * Chunks made of admin code only (scripts/client_split.ts) go to
         * public/assets/admin/: the service worker leaves them out of the
         * precache (scripts/pwa/build_service_worker.ts).
         */
        chunkFileNames: (chunk) =>
          isAdminChunk(chunk.moduleIds, import.meta.dirname)
            ? 'admin/[name]-[hash].js'
            : '[name]-[hash].js',
      },
    },
  },
  /**
   * Only the browser bundle: without SSR, Vite 8's default buildApp would
   * also build an SSR bundle over the client manifest (adonisjs/vite#44).
   */
  builder: {
    buildApp: async (builder) => {
      await builder.build(builder.environments.client)
    },
  },
  /**
   * Every component is written with <script setup>: Vue's Options API
   * (data(), methods, mixins) is left out of the bundle (about 2 KB gzipped).
   * Inertia's `remember` component option needs it and is not used here.
   */
  define: { __VUE_OPTIONS_API__: 'false' },
  resolve: {
    alias: {
      // Precognition (Laravel's live validation) is dead weight here: inertia/no_precognition.ts.
      'laravel-precognition': `${import.meta.dirname}/inertia/no_precognition.ts`,
      '~/': `${import.meta.dirname}/inertia/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
