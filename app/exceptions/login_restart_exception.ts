import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { PENDING_LOGIN_KEY } from '#services/login/pending_login'

export type LoginRestartReason = 'missing' | 'expired' | 'attempt_locked'

/**
 * The login cannot go on from here: no confirmed magic link in this session,
 * the 15 minutes are over, or too many wrong codes. The user starts again at
 * step 1 with a message that says why.
 */
export default class LoginRestartException extends Exception {
  static status = 400
  static code = 'E_LOGIN_RESTART'

  constructor(public reason: LoginRestartReason) {
    super(`Login must restart: ${reason}`)
  }

  async handle(error: this, ctx: HttpContext) {
    ctx.session.forget(PENDING_LOGIN_KEY)
    ctx.session.flash('error', ctx.i18n.t(`messages.login.restart.${error.reason}`))
    return ctx.response.redirect().toRoute('login.show')
  }
}
