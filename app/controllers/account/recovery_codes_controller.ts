import type { HttpContext } from '@adonisjs/core/http'
import RecoveryCodes from '#services/recovery_codes'
import { recordAudit } from '#services/audit_log'
import StepUp from '#services/step_up'

/**
 * "Neue Codes erzeugen": a new set of recovery codes, shown once as the
 * answer to this POST (never stored in clear, not even in the session); the
 * old set stops working. A login older than 15 minutes types the code
 * from the app again first (StepUp): new codes are a way in.
 */
export default class AccountRecoveryCodesController {
  /** A reload of the page that showed the codes: they are gone, the account page can make new ones. */
  async show({ response }: HttpContext) {
    return response.redirect().toRoute('account.show')
  }

  async store(ctx: HttpContext) {
    const user = ctx.auth.user!
    if (!StepUp.allows(ctx.session)) {
      ctx.session.flash('error', ctx.i18n.t('security.step_up.needed'))
      return ctx.response.redirect().toRoute('account.show')
    }
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
