import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import app from '@adonisjs/core/services/app'

/**
 * One log line per request, with the request id the response carries in
 * X-Request-Id (AdonisJS sets it), so a customer's "it failed at 10:42"
 * leads to the right lines. Written when the response is done, so that
 * errors show with the status they were answered with. Static files are
 * answered before it runs (start/kernel.ts): the proxy logs those. The route's pattern
 * is logged, never the URL: a magic link's token is part of its URL.
 * Info in production (JSON lines); debug elsewhere, where it is noise.
 */
const level = app.inProduction ? 'info' : 'debug'

export default class RequestLogMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    // "close", not "finish": a request the client gave up on is logged too.
    ctx.response.response.once('close', () => {
      ctx.logger[level](
        {
          method: ctx.request.method(),
          route: ctx.route?.pattern ?? null,
          status: ctx.response.response.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        },
        'request'
      )
    })
    return next()
  }
}
