import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * The customer area of plugins: only customers with an organization (the
 * `useCustomerArea` ability). Every plugin query is then scoped to that
 * organization (app/plugins/organization_scope.ts).
 */
export default class CustomerMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (await ctx.bouncer.denies('useCustomerArea')) return ctx.response.notFound('Not found')
    return next()
  }
}
