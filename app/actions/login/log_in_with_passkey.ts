import type { HttpContext } from '@adonisjs/core/http'
import type LoginAttempt from '#models/login_attempt'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import PasskeyAuthentication from '#services/passkeys/passkey_authentication'

/**
 * Step 3 with a passkey instead of the code from the app. A passkey that
 * does not let the user in counts like a wrong code (same limits, same
 * messages); a good one trusts this device for 30 days, as the code does.
 */
export default class LogInWithPasskey {
  static async handle(ctx: HttpContext, attempt: LoginAttempt, answer: string) {
    const user = attempt.user
    await new CodeCheck(attempt, ctx.request).verifyPasskey(async () => {
      const passkey = await PasskeyAuthentication.verify(ctx.session, user, answer)
      return passkey !== null
    })
    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'passkey')
  }
}
