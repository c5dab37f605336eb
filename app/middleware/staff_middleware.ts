import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Staff-only areas. Runs after `auth`; a customer gets a plain 404 so the
 * admin console does not even admit it exists. With `{ role: 'admin' }` the
 * route is for admins only: an agent (who knows the console exists) is told
 * it lacks the right, with a 403 page.
 */
export default class StaffMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { role?: 'admin' } = {}) {
    const user = ctx.auth.user
    if (!user?.isStaff) return ctx.response.notFound('Not found')
    if (options.role === 'admin' && !user.isAdmin) {
      // Middleware return values are not sent as the body, so the page is sent explicitly.
      const page = await ctx.inertia.render('errors/forbidden', {})
      return ctx.response.status(403).send(page)
    }
    return next()
  }
}
