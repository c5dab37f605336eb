import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
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
    database: stores.database({ tableName: 'sessions' }),
  },
})
