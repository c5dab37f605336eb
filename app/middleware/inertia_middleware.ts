import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import app from '@adonisjs/core/services/app'
import portalConfig from '#config/portal'
import PluginRegistry, { type NavigationItem } from '#plugin_kit/plugin_registry'
import UserTransformer from '#transformers/user_transformer'
import Branding from '#services/branding'
import { adminNavigation } from '#services/admin_navigation'

/**
 * Props every page gets. A page can render before session or auth ran (a 404
 * for an unknown URL), so nothing here may assume they did.
 */
export default class InertiaMiddleware extends BaseInertiaMiddleware {
  async share(ctx: HttpContext) {
    const { session, auth } = ctx as Partial<HttpContext>
    const user = auth?.user

    return {
      locale: ctx.inertia.always((ctx.i18n?.locale ?? 'de') as 'de' | 'en'),
      portal: ctx.inertia.always({
        name: portalConfig.name,
        supportEmail: portalConfig.supportEmail,
        logoUrl: Branding.logoUrl(),
      }),
      // toObject() itself: transform() builds an exception (a stack trace) per call for its
      // error reports, 1 % of a page's CPU for this one object on every page
      user: ctx.inertia.always(user ? new UserTransformer(user).toObject() : null),
      flash: ctx.inertia.always({
        success: session?.flashMessages.get('success') as string | undefined,
        error: session?.flashMessages.get('error') as string | undefined,
      }),
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      nav: ctx.inertia.always(await this.#navigation(ctx)),
    }
  }

  /**
   * Customers get the plugins' navigation, staff the admin console's. An
   * error page must render even when a badge's query cannot (the database is
   * away): then the navigation is left out.
   */
  async #navigation(ctx: HttpContext): Promise<NavigationItem[]> {
    const user = (ctx as Partial<HttpContext>).auth?.user
    if (!user) return []
    try {
      if (user.isStaff) return await adminNavigation(ctx)
      const registry = await app.container.make(PluginRegistry)
      return await registry.navigation(ctx, 'customer')
    } catch (error) {
      if (ctx.response.getStatus() < 500) throw error
      ctx.logger.warn({ err: error }, 'navigation left out of an error page')
      return []
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
