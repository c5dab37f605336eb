import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'
import type { ShieldConfig } from '@adonisjs/shield/types'

/**
 * Headers every response carries, set by a server middleware
 * (app/middleware/security_headers_middleware.ts) so that unmatched URLs,
 * error pages and static files get them too. CSP: scripts and styles only
 * from this origin (Vite's dev server through @viteUrl in development); no
 * framing anywhere; HSTS in production; referrers only as the origin to
 * other sites; no camera, microphone, location or payment APIs.
 */
export const responseHeaders = {
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, '@viteUrl', '@nonce'],
      styleSrc: [`'self'`, '@viteUrl', `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:'],
      // Vite's hot reload talks over a websocket in development only.
      connectSrc: [`'self'`, ...(app.inDev ? ['ws:'] : [])],
      fontSrc: [`'self'`, '@viteUrl'],
      frameAncestors: [`'none'`],
      formAction: [`'self'`],
      baseUri: [`'self'`],
      objectSrc: [`'none'`],
    },
    reportOnly: false,
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: app.inProduction, maxAge: '180 days', includeSubDomains: true },
  contentTypeSniffing: { enabled: true },
  referrerPolicy: 'strict-origin-when-cross-origin',
  permissionsPolicy: 'camera=(), microphone=(), geolocation=(), payment=()',
} satisfies Pick<ShieldConfig, 'csp' | 'xFrame' | 'hsts' | 'contentTypeSniffing'> &
  Record<string, unknown>

/** Shield itself (router middleware): CSRF for every form; the headers above are not set twice. */
export default defineConfig({
  csp: { enabled: false },
  csrf: {
    enabled: true,
    exceptRoutes: [],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: false },
  hsts: { enabled: false },
  contentTypeSniffing: { enabled: false },
})
