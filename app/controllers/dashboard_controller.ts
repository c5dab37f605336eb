import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PluginRegistry from '#core/plugin_registry'

/** The start page: the widgets of the enabled plugins (customers only; staff get /admin later). */
export default class DashboardController {
  @inject()
  async show(ctx: HttpContext, registry: PluginRegistry) {
    const widgets = ctx.auth.user!.role === 'customer' ? await registry.widgets(ctx) : []
    return ctx.inertia.render('dashboard', { widgets })
  }
}
