import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

/** Signs and encrypts cookies and encrypts TOTP secrets: keep it secret and stable. */
export const appKey = env.get('APP_KEY')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,

  /**
   * Behind a reverse proxy set TRUST_PROXY handling here; the audit log and the
   * per-IP rate limit read request.ip().
   */
  trustProxy: () => true,

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
