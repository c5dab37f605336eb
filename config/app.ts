import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import proxyAddr from 'proxy-addr'

const trustedProxies = (env.get('TRUSTED_PROXIES') ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean)

/** Signs and encrypts cookies and encrypts TOTP secrets: keep it secret and stable. */
export const appKey = env.get('APP_KEY')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,

  /**
   * request.ip() feeds the per-IP rate limit and the audit log, so
   * X-Forwarded-For is believed only from loopback and the proxies listed in
   * TRUSTED_PROXIES (comma-separated addresses or CIDR ranges).
   */
  trustProxy: proxyAddr.compile(['loopback', ...trustedProxies]),

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
