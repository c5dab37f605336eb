import type { HttpContext } from '@adonisjs/core/http'
import { recordAudit } from '#services/audit_log'

/** "Abmelden" ends this session; the device stays trusted. */
export default class LogoutController {
  async store({ auth, session, request, response, i18n }: HttpContext) {
    const user = auth.user
    if (user) {
      await recordAudit('logout', { user, request })
      await session.untag(String(user.id))
    }
    await auth.use('web').logout()
    session.clear()
    session.flash('success', i18n.t('messages.logout.done'))
    return response.redirect().toRoute('login.show')
  }
}
