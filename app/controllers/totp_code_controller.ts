import type { HttpContext } from '@adonisjs/core/http'
import Totp from '#services/totp'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { loadPendingLogin } from '#services/login/pending_login'
import { codeValidator } from '#validators/login'

/** Step 3 on a device that is not trusted (yet): just the code. */
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
    const { code } = await ctx.request.validateUsing(codeValidator)
    const attempt = await loadPendingLogin(ctx)
    const user = attempt.user
    if (!user.totpSecret) return ctx.response.redirect().toRoute('login.setup.show')

    await new CodeCheck(attempt, ctx.request).verify(Totp.decrypt(user.totpSecret), code)

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'code')
    return ctx.response.redirect().toRoute('dashboard')
  }
}
