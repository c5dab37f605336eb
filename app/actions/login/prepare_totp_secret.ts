import type LoginAttempt from '#models/login_attempt'
import Totp from '#services/totp'

/**
 * The secret offered for the authenticator app, in clear. Created once per
 * login attempt (kept encrypted on the attempt) so reloading the page shows
 * the same QR code; it becomes the user's secret only when a correct code
 * proves the app has it (EnrolTotp).
 */
export default class PrepareTotpSecret {
  static async handle(attempt: LoginAttempt) {
    if (!attempt.pendingTotpSecret) {
      attempt.pendingTotpSecret = Totp.encrypt(Totp.createSecret())
      await attempt.save()
    }
    return Totp.decrypt(attempt.pendingTotpSecret)
  }
}
