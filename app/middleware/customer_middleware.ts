import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * The customer area of plugins: only customers with an organization. Every
 * plugin query is then scoped to that organization (app/plugins/organization_scope.ts).
 */
export default class CustomerMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (!user || user.role !== 'customer' || !user.organizationId)
      return ctx.response.notFound('Not found')
    return next()
  }
}
