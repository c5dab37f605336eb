import type { HttpContext } from '@adonisjs/core/http'
import Totp from '#services/totp'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { loadPendingLogin } from '#services/login/pending_login'
import RecoveryCodes, { RECOVERY_CODES_LOW } from '#services/recovery_codes'
import CodeRejectedException from '#exceptions/code_rejected_exception'
import { codeValidator } from '#validators/login'
import { recoveryCodeValidator } from '#validators/account'

/**
 * Step 3 on a device that is not trusted (yet): the code from the app, or
 * one of the recovery codes when the phone is not at hand.
 */
export default class TotpCodeController {
  async show(ctx: HttpContext) {
    const attempt = await loadPendingLogin(ctx)
    if (!attempt.user.hasTotp) return ctx.response.redirect().toRoute('login.setup.show')
    return ctx.inertia.render('auth/enter_code', {
      email: attempt.user.email,
      expiresAt: attempt.expiresAt.toISO()!,
    })
  }

  async store(ctx: HttpContext) {
    if (ctx.request.input('recoveryCode') !== undefined) return this.#storeRecoveryCode(ctx)

    const { code } = await ctx.request.validateUsing(codeValidator)
    const attempt = await loadPendingLogin(ctx)
    const user = attempt.user
    if (!user.totpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    await new CodeCheck(attempt, ctx.request).verify(Totp.decrypt(user.totpSecret), code)

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'code')
    return ctx.response.redirect().toRoute('dashboard')
  }

  /** Like the code, but spends a recovery code; the page says how many are left. */
  async #storeRecoveryCode(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const { recoveryCode } = await request.validateUsing(recoveryCodeValidator)
    const attempt = await loadPendingLogin(ctx)
    const user = attempt.user
    if (!user.totpSecret) return response.redirect().toRoute('login.setup.show')

    // A typo in the format is no guess: it is not counted.
    if (!RecoveryCodes.normalize(recoveryCode)) {
      return this.#recoveryError(ctx, i18n.t('security.recovery.format'))
    }

    let left: number
    try {
      left = await new CodeCheck(attempt, request).verifyRecoveryCode(recoveryCode)
    } catch (error) {
      // The error belongs under the recovery-code field, not under the TOTP field.
      if (!(error instanceof CodeRejectedException)) throw error
      const rejection = error.rejection
      const message =
        rejection.kind === 'wrong'
          ? i18n.t('security.recovery.wrong', { attemptsLeft: rejection.attemptsLeft })
          : error.messageFor(ctx)
      return this.#recoveryError(ctx, message)
    }

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'recovery_code')
    if (left <= RECOVERY_CODES_LOW)
      session.flash('error', i18n.t('security.recovery.few_left', { count: left }))
    else session.flash('success', i18n.t('security.recovery.used', { count: left }))
    return response.redirect().toRoute('dashboard')
  }

  #recoveryError({ session, response }: HttpContext, message: string) {
    session.flash('inputErrorsBag', { recoveryCode: message })
    return response.redirect().toRoute('login.code.show')
  }
}
