import { indexPages } from '@adonisjs/inertia'
import { indexEntities } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/core/app'
import { generateRegistry } from '@tuyau/core/hooks'
import { indexPolicies } from '@adonisjs/bouncer'

export default defineConfig({
  experimental: {},

  /*
  |--------------------------------------------------------------------------
  | Commands
  |--------------------------------------------------------------------------
  | Package commands; the portal's own (portal:allow, portal:staff, ...) are
  | scanned from ./commands.
  */
  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/session/commands'),
    () => import('@adonisjs/mail/commands'),
    () => import('@adonisjs/queue/commands'),
    () => import('@adonisjs/bouncer/commands'),
  ],

  /*
  |--------------------------------------------------------------------------
  | Service providers
  |--------------------------------------------------------------------------
  | The embedded database provider comes before Lucid is used: without
  | DB_HOST it starts an in-process PostgreSQL (PGlite) for the no-server
  | default.
  */
  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('#providers/embedded_database_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/queue/queue_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/mail/mail_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/i18n/i18n_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('#providers/plugins_provider'),
    () => import('#providers/background_jobs_provider'),
    () => import('#providers/portal_provider'),
  ],

  preloads: [
    () => import('#start/database'),
    () => import('#start/routes'),
    () => import('#start/kernel'),
    () => import('#start/events'),
  ],

  tests: {
    suites: [
      { files: ['tests/unit/**/*.spec.{ts,js}'], name: 'unit', timeout: 5000 },
      {
        files: [
          'tests/functional/**/*.spec.{ts,js}',
          'plugins/*/tests/functional/**/*.spec.{ts,js}',
        ],
        name: 'functional',
        timeout: 30000,
      },
      {
        files: ['tests/browser/**/*.spec.{ts,js}', 'plugins/*/tests/browser/**/*.spec.{ts,js}'],
        name: 'browser',
        timeout: 120000,
      },
      /**
       * The artifact an agency deploys: `node ace build`, `npm install
       * --omit=dev` in build/, then `node bin/server.js` with
       * NODE_ENV=production against real PostgreSQL, SMTP and an S3 store
       * (tests/helpers/production). `npm test -- production` runs it alone.
       */
      {
        files: [
          'tests/production/**/*.spec.{ts,js}',
          'plugins/*/tests/production/**/*.spec.{ts,js}',
        ],
        name: 'production',
        timeout: 300000,
      },
      /**
       * Last, on its own: these tests copy the project and run ace in child
       * processes on a database they create and drop (slow, and nothing else
       * depends on them). `npm test -- scaffold` runs them alone.
       */
      { files: ['tests/scaffold/**/*.spec.{ts,js}'], name: 'scaffold', timeout: 300000 },
      /**
       * Each shipped plugin removed in turn from a copy of the project: the
       * rest type-checks and passes its unit and functional suites. Too slow
       * for `npm test` (about five minutes), so its files are listed only
       * for `npm run test:independence`, which CI runs after it (.ci/run).
       */
      {
        files: process.env.PORTAL_TEST_INDEPENDENCE ? ['tests/independence/**/*.spec.{ts,js}'] : [],
        name: 'independence',
        timeout: 900000,
      },
    ],
    forceExit: false,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'resources/lang/**/*.{json,yaml,yml}', reloadServer: false },
    /**
     * Everything under a plugin's resources/ folder (translations, mail
     * views, any other file it ships) goes into build/ as it is, for every
     * plugin present, without a line per plugin here.
     */
    { pattern: 'plugins/*/resources/**/*', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
  ],

  hooks: {
    init: [
      indexEntities({ transformers: { enabled: true, withSharedProps: true } }),
      indexPages({ framework: 'vue3' }),
      // The plugins' pages in the same page types (plugins/<id>/inertia/pages).
      () => import('./scripts/pages/plugin_pages_hook.js'),
      generateRegistry(),
      // app/policies -> .adonisjs/server/policies.ts (the Bouncer's policy list).
      indexPolicies(),
      // The routes the customer's bundle may know (every one but the admin console's).
      () => import('./scripts/routes/customer_routes_hook.js'),
    ],
    // The service worker lists the files Vite wrote, so it is built after them.
    buildStarting: [
      () => import('@adonisjs/vite/build_hook'),
      () => import('./scripts/pwa/service_worker_build_hook.js'),
    ],
  },
})
