import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import TwoFactorResetMail from '#mails/two_factor_reset_mail'
import { mailLocaleOf } from '#services/user_locale'
import RecoveryCodes from '#services/recovery_codes'
import UserSessions from '#services/user_sessions'
import { recordStaffAction } from '#services/audit_log'

/**
 * "2FA zurücksetzen" (a user lost the phone): everything that stood on the
 * second factor goes at once. Secret, last step, recovery codes and passkeys
 * are removed and every trusted device revoked in one transaction; then every
 * session of the user is deleted (a browser still logged in meets the login
 * page on its next request), and logins half done are void. The next login
 * starts with the 2FA setup. The user is told by mail; the staff's reason
 * goes only into the audit log.
 */
export default class TwoFactorReset {
  static async handle(ctx: HttpContext, user: User, reason: string) {
    const now = DateTime.now().toSQL()!
    await db.transaction(async (trx) => {
      await trx
        .from('users')
        .where('id', user.id)
        .update({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: now })
      await RecoveryCodes.removeAll(user.id, trx)
      await trx.from('passkeys').where('user_id', user.id).delete()
      await trx.from('push_subscriptions').where('user_id', user.id).delete()
      await trx
        .from('login_attempts')
        .where('user_id', user.id)
        .whereNull('completed_at')
        .whereNull('voided_at')
        .update({ voided_at: now })
      const devices = await trx
        .from('trusted_devices')
        .where('user_id', user.id)
        .whereNull('revoked_at')
        .update({ revoked_at: now })
      // In the same transaction: a reset the log does not show never happens.
      await recordStaffAction(ctx, 'security.2fa_reset', {
        user,
        client: trx,
        meta: { reason, count: Number(devices) },
      })
      return devices
    })
    await UserSessions.endAll(user.id)
    await user.refresh()

    // The user's language is not known; the portal's default is theirs most likely.
    await mail.sendLater(new TwoFactorResetMail(user, mailLocaleOf(user)))
  }
}
