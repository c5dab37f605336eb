import type { HttpContext } from '@adonisjs/core/http'

/** "/" is the dashboard for the logged-in and the login page for everyone else. */
export default class HomeController {
  async index({ auth, response }: HttpContext) {
    return response.redirect().toRoute((await auth.check()) ? 'dashboard' : 'login.show')
  }
}
