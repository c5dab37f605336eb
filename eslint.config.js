import { configApp } from '@adonisjs/eslint-config'
import { vue } from '@adonisjs/eslint-config/vue'

/**
 * The AdonisJS app preset (as the official kits) plus its Vue block. Plugins
 * keep their own Vue pages in plugins/<id>/inertia, so the Vue rules and the
 * "no backend import in frontend" rule cover those folders too.
 */
const frontend = ['inertia/**/*.{ts,vue}', 'plugins/*/inertia/**/*.{ts,vue}']

export default configApp(
  { ignores: ['public/**', 'storage/**', 'tmp/**', 'app/plugin_kit/scaffold/stubs/**'] },
  ...vue.map((block) => (block.files ? { ...block, files: [...block.files, ...frontend] } : block)),
  {
    name: 'Portal choices',
    rules: {
      // The customer bundle carries a url builder with the customer routes only
      // (inertia/client.ts, a smaller login page), the console its own one; the
      // kit's <Link route> needs one client with every route, so pages use
      // Inertia's <Link :href="urlFor(...)"> with those typed builders.
      '@adonisjs/prefer-adonisjs-inertia-link': 'off',
    },
  },
  {
    name: 'Tests read a page in one step',
    files: ['tests/**/*.ts', 'plugins/*/tests/**/*.ts', 'benchmarks/**/*.ts'],
    rules: {
      // `(await client.visit(url)).props` is how a test reads the page it just
      // asked for; a variable per step would only add names.
      '@unicorn/no-await-expression-member': 'off',
    },
  },
  {
    name: 'Plugin pages follow the frontend rules',
    files: frontend,
    rules: {
      '@adonisjs/no-backend-import-in-frontend': ['error'],
    },
  }
)
