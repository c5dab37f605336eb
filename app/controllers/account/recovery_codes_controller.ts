import type { HttpContext } from '@adonisjs/core/http'
import RecoveryCodes from '#services/recovery_codes'
import { recordAudit } from '#services/audit_log'

/**
 * "Neue Codes erzeugen": a new set of recovery codes, shown once as the
 * answer to this POST (never stored in clear, not even in the session); the
 * old set stops working.
 */
export default class AccountRecoveryCodesController {
  /** A reload of the page that showed the codes: they are gone, the account page can make new ones. */
  async show({ response }: HttpContext) {
    return response.redirect().toRoute('account.show')
  }

  async store(ctx: HttpContext) {
    const user = ctx.auth.user!
    const codes = await RecoveryCodes.generate(user.id)
    await recordAudit('security.recovery_codes_generated', {
      user,
      request: ctx.request,
      meta: { count: codes.length },
    })
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.inertia.render('account/recovery_codes', { codes, email: user.email })
  }
}
