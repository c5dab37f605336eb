import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** public/ holds files only (assets/…, sw.js, offline.html, icons): every one has an extension. */
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i

/**
 * Files from public/ — but only for addresses that can name one. The static
 * middleware asks the disk (fs.stat) for every request, pages included; a
 * page's address never has a file extension, so pages skip that look-up.
 * Measured with `npm run bench` (README, "Performance").
 */
@inject()
export default class StaticFilesMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (!FILE_PATH.test(ctx.request.url())) return next()
    return this.files.handle(ctx, next)
  }
}
