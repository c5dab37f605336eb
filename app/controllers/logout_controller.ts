import type { HttpContext } from '@adonisjs/core/http'
import { recordAudit } from '#services/audit_log'

/** "Abmelden" ends this session; the device stays trusted. */
export default class LogoutController {
  async store({ auth, session, request, response, i18n, inertia }: HttpContext) {
    const user = auth.user
    if (user) {
      await recordAudit('logout', { user, request })
      await session.untag(String(user.id))
    }
    await auth.use('web').logout()
    session.clear()
    // Pages of the session must not stay readable in the browser history.
    inertia.clearHistory()
    // ... nor in the browser's cache (back button, the installed app offline). The service worker
    // keeps no pages at all, so its cache of public files stays and the offline page keeps working.
    response.header('Clear-Site-Data', '"cache"')
    session.flash('success', i18n.t('messages.logout.done'))
    return response.redirect().toRoute('login.show')
  }
}
