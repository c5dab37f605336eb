import type { HttpContext } from '@adonisjs/core/http'
import ChangeCustomerSettings from '#actions/customers/change_customer_settings'
import ChangeCustomerStatus from '#actions/customers/change_customer_status'
import RenameCustomer from '#actions/customers/rename_customer'
import ResendInvitation from '#actions/customers/resend_invitation'
import CustomerQueries from '#queries/customer_queries'
import { findCustomer } from '#services/admin_records'
import { inviteCustomerValidator, updateCustomerValidator } from '#validators/admin/customer'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

/** One customer: name, status (see ChangeCustomerStatus), plugin settings, the invitation again. */
export default class CustomersController {
  async show({ inertia, params }: HttpContext) {
    const user = await findCustomer(params.id)
    return inertia.render('admin/customers/show', await CustomerQueries.page(user))
  }

  async update(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    const input = await ctx.request.validateUsing(updateCustomerValidator, {
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    await RenameCustomer.handle(ctx, user, input.name ?? null)
    ctx.session.flash('success', ctx.i18n.t('customers.flash.customer_saved'))
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }

  async disable(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    await ChangeCustomerStatus.handle(ctx, user, true)
    ctx.session.flash('success', ctx.i18n.t('customers.flash.disabled', { email: user.email }))
    return ctx.response.redirect().back()
  }

  async enable(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    await ChangeCustomerStatus.handle(ctx, user, false)
    ctx.session.flash('success', ctx.i18n.t('customers.flash.enabled', { email: user.email }))
    return ctx.response.redirect().back()
  }

  async settings(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    await ChangeCustomerSettings.handle(ctx, user, ctx.request.input('settings'))
    ctx.session.flash('success', ctx.i18n.t('customers.flash.settings_saved'))
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }

  async invite(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    const { locale } = await ctx.request.validateUsing(inviteCustomerValidator)
    const sent = await ResendInvitation.handle(ctx, user, locale)
    if (sent)
      ctx.session.flash('success', ctx.i18n.t('customers.flash.invited', { email: user.email }))
    else ctx.session.flash('error', ctx.i18n.t('customers.flash.invite_disabled'))
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }
}
