import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Staff-only areas. Runs after `auth`; a customer gets a plain 404 so the
 * admin console does not even admit it exists.
 */
export default class StaffMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!ctx.auth.user?.isStaff) return ctx.response.notFound('Not found')
    return next()
  }
}
