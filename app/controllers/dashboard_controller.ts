import type { HttpContext } from '@adonisjs/core/http'

/** The customer's start page. Plugins will contribute widgets here. */
export default class DashboardController {
  async show({ inertia }: HttpContext) {
    return inertia.render('dashboard', { widgets: [] as Array<{ id: string }> })
  }
}
