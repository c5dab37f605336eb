import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import type CodeRejectedException from '#exceptions/code_rejected_exception'

/**
 * A recovery code that does not let the user in. The message belongs under
 * the recovery-code field, not under the TOTP field where
 * CodeRejectedException puts it. `rejected` is CodeCheck's refusal; a code
 * in the wrong format has none (it was not counted as a guess).
 */
export default class RecoveryCodeRejectedException extends Exception {
  static status = 422
  static code = 'E_RECOVERY_CODE_REJECTED'

  constructor(public rejected?: CodeRejectedException) {
    super(`Recovery code rejected: ${rejected?.rejection.kind ?? 'format'}`)
  }

  messageFor(ctx: HttpContext) {
    if (!this.rejected) return ctx.i18n.t('security.recovery.format')
    const rejection = this.rejected.rejection
    if (rejection.kind !== 'wrong') return this.rejected.messageFor(ctx)
    return ctx.i18n.t('security.recovery.wrong', { attemptsLeft: rejection.attemptsLeft })
  }

  async handle(error: this, ctx: HttpContext) {
    ctx.session.flash('inputErrorsBag', { recoveryCode: error.messageFor(ctx) })
    return ctx.response.redirect().toRoute('login.code.show')
  }
}
