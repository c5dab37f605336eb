import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { cspFactory, frameGuardFactory, hstsFactory, noSniffFactory } from '@adonisjs/shield/guards'
import { responseHeaders } from '#config/shield'

/**
 * The same security headers on every response — pages, unmatched URLs,
 * error pages, downloads, static files, health probes — set before anything
 * else runs, so no early answer (a 404 of the router, a 413 of the body
 * parser, a 503 while the database is away) goes out without them. Shield
 * keeps CSRF (router middleware); the headers are configured in
 * config/shield.ts (`responseHeaders`).
 */
const guards = [
  cspFactory(responseHeaders.csp),
  frameGuardFactory(responseHeaders.xFrame),
  noSniffFactory(responseHeaders.contentTypeSniffing),
  hstsFactory(responseHeaders.hsts),
]

export default class SecurityHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    for (const guard of guards) await guard(ctx)
    ctx.response.header('Referrer-Policy', responseHeaders.referrerPolicy)
    ctx.response.header('Permissions-Policy', responseHeaders.permissionsPolicy)
    return next()
  }
}
