import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { recordStaffAction } from '#services/audit_log'

/**
 * Disables a customer, or enables a disabled one again: back to "active" if
 * they ever logged in, else "invited", so they may request a link again.
 * A disabled customer is logged out at their next request
 * (SessionLimitsMiddleware), and links already mailed stop working too
 * (MagicLink checks the status). Disabling a disabled customer, or enabling
 * one who is not, changes nothing.
 */
export default class ChangeCustomerStatus {
  static async handle(ctx: HttpContext, user: User, disable: boolean) {
    if (disable === (user.status === 'disabled')) return
    const from = user.status
    user.status = disable ? 'disabled' : user.lastLoginAt ? 'active' : 'invited'
    await user.save()
    await recordStaffAction(ctx, disable ? 'customers.disabled' : 'customers.enabled', {
      user,
      meta: { from, to: user.status },
    })
  }
}
