import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type LoginAttempt from '#models/login_attempt'
import Totp from '#services/totp'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { recordAudit } from '#services/audit_log'
import RecoveryCodes from '#services/recovery_codes'

/**
 * Step 3, first time: a correct code proves the app has the secret offered
 * at setup (PrepareTotpSecret), so it becomes the user's. This device is
 * trusted, the login is complete, and the user gets their first recovery
 * codes: returned in clear, the only time they exist so.
 */
export default class EnrolTotp {
  static async handle(ctx: HttpContext, attempt: LoginAttempt, code: string) {
    const user = attempt.user
    const secret = attempt.pendingTotpSecret!
    await new CodeCheck(attempt, ctx.request).verify(Totp.decrypt(secret), code)

    user.totpSecret = secret
    user.totpEnabledAt = DateTime.now()
    await user.save()
    attempt.pendingTotpSecret = null
    await recordAudit('2fa.enrolled', { user, request: ctx.request })

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'enrolment')

    const codes = await RecoveryCodes.generate(user.id)
    await recordAudit('security.recovery_codes_generated', {
      user,
      request: ctx.request,
      meta: { count: codes.length },
    })
    return codes
  }
}
