import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import type Passkey from '#models/passkey'
import LoginRestartException from '#exceptions/login_restart_exception'
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
    const signed: { passkey: Passkey | null } = { passkey: null }
    await new CodeCheck(attempt, ctx.request).verifyPasskey(async () => {
      signed.passkey = await PasskeyAuthentication.verify(ctx.session, user, answer)
      return signed.passkey !== null
    })
    // Two requests with one answer may both pass the checks (a passkey that
    // always counts 0, the same session read twice): only one finishes the attempt.
    const claimed = await db
      .from('login_attempts')
      .where('id', attempt.id)
      .whereNull('completed_at')
      .whereNull('voided_at')
      .update({ completed_at: DateTime.now().toSQL() })
    if (Number(claimed) === 0) throw new LoginRestartException('missing')

    const device = await DeviceTrust.issue(ctx, user)
    await completeLogin(ctx, attempt, device, 'passkey', { label: signed.passkey!.name })
  }
}
