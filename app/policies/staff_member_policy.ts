import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import { refusedOnForm } from '#policies/user_security_policy'

/**
 * Changing a staff member's role or status: admins only, and never their
 * own, so an admin can never lock the portal out of its last admin by
 * accident.
 */
export default class StaffMemberPolicy extends BasePolicy {
  change(actor: User, member: User) {
    if (!actor.isAdmin) return false
    if (actor.id === member.id) return refusedOnForm('admin.staff.not_yourself')
    return true
  }
}
