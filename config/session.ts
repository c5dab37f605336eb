import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/session'
import type { SessionStoreFactory } from '@adonisjs/session/types'
import portalConfig from '#config/portal'

/**
 * Sessions live in PostgreSQL (table "sessions"), tagged with the user id, so
 * the portal can end every session of a user at once (2FA reset, disabling).
 * A customer session may last as long as the device trust; staff sessions are
 * cut shorter by app/middleware/session_limits_middleware.ts.
 */
export default defineConfig({
  enabled: true,
  cookieName: 'portal_session',
  clearWithBrowser: false,
  age: `${portalConfig.devices.trustDays}d`,
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: 'database',
  stores: {
    // The package's database store, except that reading a page does not write the row (see the class).
    database: configProvider.create<SessionStoreFactory>(async (application) => {
      const { default: PortalSessionStore } = await import('#services/session_store')
      const { rememberSessionUser } = await import('#services/user_with_organization')
      const db = await application.container.make('lucid.db')
      return (ctx, sessionConfig) =>
        new PortalSessionStore(db.connection(), sessionConfig.age, {
          tableName: 'sessions',
          refreshAfter: '1h',
          gcProbability: 2,
          onUserRead: (user) => rememberSessionUser(ctx, user),
        })
    }),
  },
})
