import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import portalConfig from '#config/portal'
import Totp from '#services/totp'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { loadPendingLogin } from '#services/login/pending_login'
import { recordAudit } from '#services/audit_log'
import RecoveryCodes from '#services/recovery_codes'
import { codeValidator } from '#validators/login'

/**
 * Step 3, first time: set up the authenticator app. The secret is created
 * once per login attempt (kept encrypted on the attempt) so reloading the page
 * shows the same QR code; it becomes the user's secret only when a correct
 * code proves the app has it. Then the user gets the recovery codes, shown
 * this one time, before going on to the start page.
 */
export default class TotpSetupController {
  async show(ctx: HttpContext) {
    const attempt = await loadPendingLogin(ctx)
    if (attempt.user.hasTotp) return ctx.response.redirect().toRoute('login.code.show')

    if (!attempt.pendingTotpSecret) {
      attempt.pendingTotpSecret = Totp.encrypt(Totp.createSecret())
      await attempt.save()
    }
    const secret = Totp.decrypt(attempt.pendingTotpSecret)
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
    const user = attempt.user
    if (user.hasTotp) return ctx.response.redirect().toRoute('login.code.show')
    if (!attempt.pendingTotpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    await new CodeCheck(attempt, ctx.request).verify(Totp.decrypt(attempt.pendingTotpSecret), code)

    user.totpSecret = attempt.pendingTotpSecret
    user.totpEnabledAt = DateTime.now()
    await user.save()
    attempt.pendingTotpSecret = null
    await recordAudit('2fa.enrolled', { user, request: ctx.request })

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'enrolment')

    // Rendered as the answer to this POST, not stored for a later page: the
    // clear codes exist only in this response. A reload leads to the start
    // page; the account page makes a new set.
    const codes = await RecoveryCodes.generate(user.id)
    await recordAudit('security.recovery_codes_generated', {
      user,
      request: ctx.request,
      meta: { count: codes.length },
    })
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.inertia.render('auth/recovery_codes', { codes, email: user.email })
  }
}
