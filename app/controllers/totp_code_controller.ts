import type { HttpContext } from '@adonisjs/core/http'
import LogInWithTotp from '#actions/login/log_in_with_totp'
import LogInWithRecoveryCode from '#actions/login/log_in_with_recovery_code'
import LogInWithPasskey from '#actions/login/log_in_with_passkey'
import PasskeyList from '#services/passkeys/passkey_list'
import { loadPendingLogin } from '#services/login/pending_login'
import { RECOVERY_CODES_LOW } from '#services/recovery_codes'
import { codeValidator } from '#validators/login'
import { passkeyLoginValidator, recoveryCodeValidator } from '#validators/account'

/**
 * Step 3 on a device that is not trusted (yet): a passkey (when the person
 * has one), the code from the app, or one of the recovery codes when the
 * phone is not at hand. All three are one form's answers, under one set of
 * limits.
 */
export default class TotpCodeController {
  async show(ctx: HttpContext) {
    const attempt = await loadPendingLogin(ctx)
    if (!attempt.user.hasTotp) return ctx.response.redirect().toRoute('login.setup.show')
    return ctx.inertia.render('auth/enter_code', {
      email: attempt.user.email,
      expiresAt: attempt.expiresAt.toISO()!,
      hasPasskey: await PasskeyList.has(attempt.user.id),
    })
  }

  async store(ctx: HttpContext) {
    if (ctx.request.input('recoveryCode') !== undefined) return this.#storeRecoveryCode(ctx)
    if (ctx.request.input('passkey') !== undefined) return this.#storePasskey(ctx)

    const { code } = await ctx.request.validateUsing(codeValidator)
    const attempt = await loadPendingLogin(ctx)
    if (!attempt.user.totpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    await LogInWithTotp.handle(ctx, attempt, code)
    return ctx.response.redirect().toRoute('dashboard')
  }

  /** The passkey's answer instead of the code (the options came from PasskeyLoginController). */
  async #storePasskey(ctx: HttpContext) {
    const { passkey } = await ctx.request.validateUsing(passkeyLoginValidator)
    const attempt = await loadPendingLogin(ctx)
    if (!attempt.user.totpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    await LogInWithPasskey.handle(ctx, attempt, passkey)
    return ctx.response.redirect().toRoute('dashboard')
  }

  /** Like the code, but spends a recovery code; the page says how many are left. */
  async #storeRecoveryCode(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const { recoveryCode } = await request.validateUsing(recoveryCodeValidator)
    const attempt = await loadPendingLogin(ctx)
    if (!attempt.user.totpSecret) return response.redirect().toRoute('login.setup.show')

    const left = await LogInWithRecoveryCode.handle(ctx, attempt, recoveryCode)
    if (left <= RECOVERY_CODES_LOW)
      session.flash('error', i18n.t('security.recovery.few_left', { count: left }))
    else session.flash('success', i18n.t('security.recovery.used', { count: left }))
    return response.redirect().toRoute('dashboard')
  }
}
