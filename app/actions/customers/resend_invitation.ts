import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { inviteCustomers } from '#services/admin_invitations'

/**
 * "Einladung erneut senden", for someone who lost the first mail (the user
 * with the organization preloaded). A disabled customer gets none (false):
 * the link would not let them in.
 */
export default class ResendInvitation {
  static async handle(ctx: HttpContext, user: User, locale?: string) {
    if (user.status === 'disabled') return false
    await inviteCustomers(ctx, [user], user.organization.name, locale)
    return true
  }
}
