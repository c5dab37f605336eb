import type { HttpContext } from '@adonisjs/core/http'
import portalConfig from '#config/portal'
import EnrolTotp from '#actions/login/enrol_totp'
import PrepareTotpSecret from '#actions/login/prepare_totp_secret'
import Totp from '#services/totp'
import { loadPendingLogin } from '#services/login/pending_login'
import { codeValidator } from '#validators/login'

/**
 * Step 3, first time: set up the authenticator app (the QR code of
 * PrepareTotpSecret), prove it with a code (EnrolTotp), then see the recovery
 * codes, shown this one time, before going on to the start page.
 */
export default class TotpSetupController {
  async show(ctx: HttpContext) {
    const attempt = await loadPendingLogin(ctx)
    if (attempt.user.hasTotp) return ctx.response.redirect().toRoute('login.code.show')

    const secret = await PrepareTotpSecret.handle(attempt)
    const otpauthUri = Totp.uri(secret, attempt.user.email)
    return ctx.inertia.render('auth/setup_totp', {
      qrDataUrl: await Totp.qrDataUrl(otpauthUri),
      secret,
      secretGroups: Totp.group(secret),
      otpauthUri,
      email: attempt.user.email,
      issuer: portalConfig.totp.issuer,
      expiresAt: attempt.expiresAt.toISO()!,
    })
  }

  async store(ctx: HttpContext) {
    const { code } = await ctx.request.validateUsing(codeValidator)
    const attempt = await loadPendingLogin(ctx)
    if (attempt.user.hasTotp) return ctx.response.redirect().toRoute('login.code.show')
    if (!attempt.pendingTotpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    const codes = await EnrolTotp.handle(ctx, attempt, code)
    // Rendered as the answer to this POST, not stored for a later page: the
    // clear codes exist only in this response. A reload leads to the start
    // page; the account page makes a new set.
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.inertia.render('auth/recovery_codes', { codes, email: attempt.user.email })
  }
}
