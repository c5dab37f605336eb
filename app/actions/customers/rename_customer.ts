import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { recordStaffAction } from '#services/audit_log'

/**
 * The customer's name as staff type it (null: none); the audit names the old
 * and the new one. The same name again changes nothing and records nothing.
 */
export default class RenameCustomer {
  static async handle(ctx: HttpContext, user: User, name: string | null) {
    if (name === user.name) return
    const from = user.name
    user.name = name
    await user.save()
    await recordStaffAction(ctx, 'customers.updated', {
      user,
      meta: { from: from ?? '', to: name ?? '' },
    })
  }
}
