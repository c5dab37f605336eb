import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PluginRegistry from '#plugin_kit/plugin_registry'

/** The customers' start page: the widgets of the enabled plugins. Staff start in /admin. */
export default class DashboardController {
  @inject()
  async show(ctx: HttpContext, registry: PluginRegistry) {
    if (await ctx.bouncer.allows('useConsole')) {
      return ctx.response.redirect().toRoute('admin.dashboard')
    }
    return ctx.inertia.render('dashboard', { widgets: await registry.widgets(ctx) })
  }
}
