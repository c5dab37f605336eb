import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import InvitationMail from '#mails/invitation_mail'
import User from '#models/user'
import { recordStaffAction } from '#services/audit_log'

/**
 * Queues the invitation mail (the portal's address, a "Zum Portal" button,
 * how the login works) for new customers, named as sent by the staff member
 * of this request, and records each invitation.
 */
export async function inviteCustomers(
  ctx: HttpContext,
  users: Pick<User, 'id' | 'organizationId' | 'email' | 'name'>[],
  organizationName: string,
  locale: string = 'de'
) {
  const inviter = ctx.auth.user!
  for (const user of users) {
    // The language staff chose becomes the person's until they pick their own in the portal.
    await User.query().where('id', user.id).whereNull('locale').update({ locale })
    await mail.sendLater(new InvitationMail(user, inviter, organizationName, locale))
    await recordStaffAction(ctx, 'customers.invited', { user, meta: { label: user.email } })
  }
}
