import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import type { StaffRole } from '#models/user'
import { recordStaffAction } from '#services/audit_log'

/** Admin or agent; the audit names both roles. Choosing the same role changes nothing. */
export default class ChangeStaffRole {
  static async handle(ctx: HttpContext, member: User, staffRole: StaffRole) {
    if (member.staffRole === staffRole) return
    const from = member.staffRole
    member.staffRole = staffRole
    await member.save()
    await recordStaffAction(ctx, 'staff.role_changed', {
      user: member,
      meta: { from, to: staffRole },
    })
  }
}
