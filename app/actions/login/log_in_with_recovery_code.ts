import type { HttpContext } from '@adonisjs/core/http'
import type LoginAttempt from '#models/login_attempt'
import CodeCheck from '#services/login/code_check'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import RecoveryCodes from '#services/recovery_codes'
import CodeRejectedException from '#exceptions/code_rejected_exception'
import RecoveryCodeRejectedException from '#exceptions/recovery_code_rejected_exception'

/**
 * Like LogInWithTotp, but spends one of the recovery codes (the phone is not
 * at hand). Returns how many are left; a code that does not let the user in
 * is a RecoveryCodeRejectedException.
 */
export default class LogInWithRecoveryCode {
  static async handle(ctx: HttpContext, attempt: LoginAttempt, recoveryCode: string) {
    // A typo in the format is no guess: it is not counted.
    if (!RecoveryCodes.normalize(recoveryCode)) throw new RecoveryCodeRejectedException()
    let left: number
    try {
      left = await new CodeCheck(attempt, ctx.request).verifyRecoveryCode(recoveryCode)
    } catch (error) {
      // The error belongs under the recovery-code field, not under the TOTP field.
      if (!(error instanceof CodeRejectedException)) throw error
      throw new RecoveryCodeRejectedException(error)
    }
    const device = await DeviceTrust.issue(ctx, attempt.user)
    await completeLogin(ctx, attempt, device, 'recovery_code')
    return left
  }
}
