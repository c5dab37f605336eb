import type { HttpContext } from '@adonisjs/core/http'
import type LoginAttempt from '#models/login_attempt'
import Totp from '#services/totp'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'

/**
 * Step 3 with the code from the app, for a user who has set it up: the code
 * is checked (CodeCheck throws when it does not let them in), this device is
 * trusted from now on, and the login is complete.
 */
export default class LogInWithTotp {
  static async handle(ctx: HttpContext, attempt: LoginAttempt, code: string) {
    const user = attempt.user
    await new CodeCheck(attempt, ctx.request).verify(Totp.decrypt(user.totpSecret!), code)
    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'code')
  }
}
