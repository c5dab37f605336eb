import type { HttpContext } from '@adonisjs/core/http'
import User, { type StaffRole } from '#models/user'
import Allowlist from '#services/allowlist'
import { recordStaffAction } from '#services/audit_log'

/**
 * A new member of the agency's team, invited (they log in with a link).
 * Returns null when the address is taken, also when someone added it in the
 * same moment (the unique index on the email answers 23505).
 */
export default class AddStaffMember {
  static async handle(
    ctx: HttpContext,
    input: { email: string; name: string; staffRole: StaffRole }
  ): Promise<User | null> {
    if (await User.findByEmail(input.email)) return null
    let user: User
    try {
      const allowed = await Allowlist.allowStaff(input)
      user = allowed.user
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return null
      throw error
    }
    await recordStaffAction(ctx, 'staff.added', { user, meta: { role: user.staffRole } })
    return user
  }
}
