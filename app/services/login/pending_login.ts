import type { HttpContext } from '@adonisjs/core/http'
import LoginAttempt from '#models/login_attempt'
import LoginRestartException from '#exceptions/login_restart_exception'

/** Session key that holds the id of the confirmed, not yet finished attempt. */
export const PENDING_LOGIN_KEY = 'pendingLoginAttemptId'

/**
 * The login attempt this browser confirmed with its magic link, if it may
 * still be finished. Anything else sends the user back to step 1.
 */
export async function loadPendingLogin({ session }: HttpContext) {
  const attemptId = session.get(PENDING_LOGIN_KEY)
  if (!attemptId) throw new LoginRestartException('missing')

  const attempt = await LoginAttempt.query().where('id', attemptId).preload('user').first()
  if (!attempt || attempt.completedAt || !attempt.confirmedAt) {
    throw new LoginRestartException('missing')
  }
  if (attempt.voidedAt) throw new LoginRestartException('attempt_locked')
  if (attempt.isExpired) throw new LoginRestartException('expired')
  if (!attempt.user.canLogIn) throw new LoginRestartException('missing')
  return attempt
}
