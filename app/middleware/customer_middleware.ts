import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import PageNotFoundException from '#exceptions/page_not_found_exception'

/**
 * The customer area of plugins: only customers with an organization (the
 * `useCustomerArea` ability). Every plugin query is then scoped to that
 * organization (app/plugin_kit/organization_scope.ts).
 */
export default class CustomerMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (await ctx.bouncer.denies('useCustomerArea')) {
      // The portal's 404 page in the visitor's language, as for any address that does not exist.
      throw new PageNotFoundException('not a customer with an organization')
    }
    return next()
  }
}
