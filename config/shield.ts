import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

/**
 * CSP: scripts and styles only from this origin (Vite's dev server is allowed
 * through @viteUrl in development); no framing anywhere; HSTS in production.
 */
export default defineConfig({
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
  csrf: {
    enabled: true,
    exceptRoutes: [],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: app.inProduction, maxAge: '180 days', includeSubDomains: true },
  contentTypeSniffing: { enabled: true },
})
