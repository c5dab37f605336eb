import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import PageNotFoundException from '#exceptions/page_not_found_exception'

/**
 * Staff-only areas. Runs after `auth`; a customer gets the same 404 page as
 * for any unknown address, so the admin console does not admit it exists.
 * With `{ role: 'admin' }` the route is for admins only (the `manageTeam`
 * ability): an agent, who knows the console exists, gets the 403 page.
 */
export default class StaffMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { role?: 'admin' } = {}) {
    if (await ctx.bouncer.denies('useConsole')) {
      throw new PageNotFoundException('not a staff member')
    }
    if (options.role === 'admin') await ctx.bouncer.authorize('manageTeam')
    return next()
  }
}
