import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { recordStaffAction } from '#services/audit_log'

/**
 * Disables a staff member, or enables them again (active when they have
 * logged in before, otherwise still invited). A disabled member's sessions
 * end on their next request (session limits middleware).
 */
export default class ChangeStaffStatus {
  static async handle(ctx: HttpContext, member: User, disable: boolean) {
    const next = disable ? 'disabled' : member.lastLoginAt ? 'active' : 'invited'
    if (member.status === next) return
    member.status = next
    await member.save()
    await recordStaffAction(ctx, disable ? 'staff.disabled' : 'staff.enabled', { user: member })
  }
}
