import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import PageNotFoundException from '#exceptions/page_not_found_exception'
import { renderErrorPage } from '#exceptions/error_pages'

/**
 * Staff-only areas. Runs after `auth`; a customer gets the same 404 page as
 * for any unknown address, so the admin console does not admit it exists. With `{ role: 'admin' }` the
 * route is for admins only: an agent (who knows the console exists) is told
 * it lacks the right, with a 403 page.
 */
export default class StaffMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { role?: 'admin' } = {}) {
    const user = ctx.auth.user
    if (!user?.isStaff) throw new PageNotFoundException('not a staff member')
    if (options.role === 'admin' && !user.isAdmin) {
      // Middleware return values are not sent as the body, so the page is sent explicitly.
      const page = await renderErrorPage(ctx, 'errors/forbidden')
      return ctx.response.status(403).send(page)
    }
    return next()
  }
}
