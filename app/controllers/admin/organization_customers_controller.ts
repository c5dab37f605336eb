import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Allowlist from '#services/allowlist'
import { recordStaffAction } from '#services/audit_log'
import { inviteCustomers } from '#services/admin_invitations'
import { findOrganization } from '#services/admin_records'
import User from '#models/user'
import { addCustomerValidator } from '#validators/admin/customer'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

/** "Kund:in hinzufügen" on an organization's page: one address, optionally with the invitation mail. */
export default class OrganizationCustomersController {
  async store(ctx: HttpContext) {
    const { i18n, session, response } = ctx
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(addCustomerValidator, {
      messagesProvider: new CustomerMessagesProvider(i18n),
    })
    const email = User.normalizeEmail(input.email)

    const conflicts = await Allowlist.conflicts([email], organization.id)
    const refuse = () => {
      const conflict = conflicts.get(email)
      const message =
        conflict?.kind === 'other_organization'
          ? i18n.t('customers.validation.email_other_organization', {
              organization: conflict.organization,
            })
          : i18n.t(`customers.validation.email_${conflict?.kind ?? 'member'}`)
      session.flash('inputErrorsBag', { email: message })
      return response.redirect().toRoute('admin.organizations.show', { id: organization.id })
    }
    if (conflicts.has(email)) return refuse()

    let user: User
    try {
      // A (sub)transaction of its own: a refused insert spoils no surrounding transaction.
      user = await db.transaction((trx) =>
        Allowlist.addCustomer(organization, { email, name: input.name }, trx)
      )
    } catch (error) {
      // Added by someone else in the same moment: the unique index said no.
      if ((error as { code?: string }).code !== '23505') throw error
      return refuse()
    }
    await recordStaffAction(ctx, 'customers.added', { user, meta: { label: user.email } })
    const invite = input.invite ?? true
    if (invite) await inviteCustomers(ctx, [user], organization.name, input.locale)

    session.flash(
      'success',
      i18n.t(invite ? 'customers.flash.customer_added_invited' : 'customers.flash.customer_added', {
        email: user.email,
      })
    )
    return response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }
}
