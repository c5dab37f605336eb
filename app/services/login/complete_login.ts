import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type LoginAttempt from '#models/login_attempt'
import User from '#models/user'
import type TrustedDevice from '#models/trusted_device'
import { recordAudit } from '#services/audit_log'
import { PENDING_LOGIN_KEY } from '#services/login/pending_login'
import { SESSION_STARTED_KEY, SESSION_TRUST_UNTIL_KEY } from '#services/session_policy'
import { SESSION_DEVICE_KEY } from '#services/user_sessions'

/**
 * The last step of every successful login: the attempt is finished, the user
 * is active, the session id is regenerated (auth.login does that) and tagged
 * with the user so it can be ended from elsewhere, and the session remembers
 * the device it stands on (revoking the device ends it) and until when that
 * device is trusted.
 */
export default async function completeLogin(
  ctx: HttpContext,
  attempt: LoginAttempt,
  device: TrustedDevice,
  method: 'code' | 'passkey' | 'recovery_code' | 'trusted_device' | 'enrolment',
  /** more for the audit log (which passkey signed) */
  meta: Record<string, unknown> = {}
) {
  const user = attempt.user
  const now = DateTime.now()

  attempt.completedAt = now
  await attempt.save()

  // Only an invited person becomes active: a conditional UPDATE, so that staff
  // disabling the person during this request are never overwritten.
  await User.query().where('id', user.id).where('status', 'invited').update({ status: 'active' })
  user.lastLoginAt = now
  // Mails sent later (notifications, security notices) use the language of the login.
  user.locale = ctx.i18n.locale
  await user.save()
  await user.refresh()

  ctx.session.forget(PENDING_LOGIN_KEY)
  await ctx.auth.use('web').login(user)
  ctx.session.put(SESSION_STARTED_KEY, now.toMillis())
  ctx.session.put(SESSION_TRUST_UNTIL_KEY, device.expiresAt.toMillis())
  ctx.session.put(SESSION_DEVICE_KEY, device.id)
  await ctx.session.tag(String(user.id))

  await recordAudit('login.completed', { user, request: ctx.request, meta: { method, ...meta } })
  return user
}
