import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'

/**
 * "Sicherheit & Geräte" of another user in the console: agents may look
 * after customers, only admins after staff members. Nobody changes their own
 * devices or 2FA here: that is the account page, where logging oneself out
 * is expected.
 */
export default class UserSecurityPolicy extends BasePolicy {
  view(actor: User, user: User) {
    if (!actor.isStaff) return false
    return !user.isStaff || actor.isAdmin
  }

  /** Revoke devices, reset the 2FA. Refused for oneself with a message on the page. */
  change(actor: User, user: User) {
    if (!this.view(actor, user)) return false
    if (actor.id === user.id) return refusedOnForm('security.admin.self_refused')
    return true
  }
}

/**
 * A refusal the person can fix by choosing someone else: the form gets the
 * message (Bouncer flashes it and goes back) instead of the 403 page. The
 * 409 tells the exception handler which of the two it is.
 */
export function refusedOnForm(translationKey: string) {
  return AuthorizationResponse.deny('Not allowed on this record', 409).t(translationKey)
}
