import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * One log line per request (JSON in production), with the request id the
 * response carries in X-Request-Id, so a customer's "it failed at 10:42"
 * leads to the right lines. Written when the response is finished, so that
 * errors show with the status they were answered with. The route's pattern
 * is logged, never the URL: a magic link's token is part of its URL.
 */
export default class RequestLogMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    const id = ctx.request.id()
    if (id) ctx.response.header('X-Request-Id', id)
    ctx.response.response.once('finish', () => {
      ctx.logger.info(
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
