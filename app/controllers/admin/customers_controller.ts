import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#models/audit_event'
import { recordStaffAction } from '#services/audit_log'
import { inviteCustomers } from '#services/admin_invitations'
import { findCustomer } from '#services/admin_records'
import { AdminCustomerProps } from '#services/admin_customer_props'
import AdminCustomerSettings from '#services/admin_customer_settings'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { inviteCustomerValidator, updateCustomerValidator } from '#validators/admin/customer'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

const RECENT_EVENTS = 10

/**
 * One customer: name, status, the plugins' visibility settings, disable and
 * enable. A disabled customer's sessions end on their next request
 * (SessionLimitsMiddleware) and their address gets no more login links.
 */
export default class CustomersController {
  async show({ inertia, params }: HttpContext) {
    const user = await findCustomer(params.id)
    const events = await AuditEvent.query()
      .where('user_id', user.id)
      .preload('user')
      .preload('actor')
      .orderBy('id', 'desc')
      .limit(RECENT_EVENTS)
    return inertia.render('admin/customers/show', {
      customer: AdminCustomerProps.customerDetail(user),
      organization: AdminCustomerProps.organizationSummary(user.organization),
      settings: await AdminCustomerSettings.fields(user),
      events: AuditEventTransformer.transform(events),
    })
  }

  async update(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    const input = await ctx.request.validateUsing(updateCustomerValidator, {
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const name = input.name ?? null
    if (name !== user.name) {
      const from = user.name
      user.name = name
      await user.save()
      await recordStaffAction(ctx, 'customers.updated', {
        user,
        meta: { from: from ?? '', to: name ?? '' },
      })
    }
    ctx.session.flash('success', ctx.i18n.t('customers.flash.customer_saved'))
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }

  /** Logged out at their next request; links already mailed stop working too (MagicLink checks the status). */
  async disable(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    if (user.status !== 'disabled') {
      const from = user.status
      user.status = 'disabled'
      await user.save()
      await recordStaffAction(ctx, 'customers.disabled', { user, meta: { from, to: 'disabled' } })
    }
    ctx.session.flash('success', ctx.i18n.t('customers.flash.disabled', { email: user.email }))
    return ctx.response.redirect().back()
  }

  /** Back to "active" if they ever logged in, else "invited": they may request a link again. */
  async enable(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    if (user.status === 'disabled') {
      user.status = user.lastLoginAt ? 'active' : 'invited'
      await user.save()
      await recordStaffAction(ctx, 'customers.enabled', {
        user,
        meta: { from: 'disabled', to: user.status },
      })
    }
    ctx.session.flash('success', ctx.i18n.t('customers.flash.enabled', { email: user.email }))
    return ctx.response.redirect().back()
  }

  /** The plugins' per-user settings (an enum or yes/no each, as the manifests declare them). */
  async settings(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    const result = await AdminCustomerSettings.apply(user, ctx.request.input('settings'))
    if ('errors' in result) {
      const message = ctx.i18n.t('customers.validation.setting_invalid')
      ctx.session.flash(
        'inputErrorsBag',
        Object.fromEntries(Object.keys(result.errors).map((field) => [field, message]))
      )
      return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
    }
    for (const change of result.changes) {
      await recordStaffAction(ctx, 'customers.settings_changed', {
        user,
        meta: { label: change.setting, from: change.from, to: change.to },
      })
    }
    ctx.session.flash('success', ctx.i18n.t('customers.flash.settings_saved'))
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }

  /** "Einladung erneut senden", for someone who lost the first mail. */
  async invite(ctx: HttpContext) {
    const user = await findCustomer(ctx.params.id)
    const input = await ctx.request.validateUsing(inviteCustomerValidator)
    if (user.status === 'disabled') {
      ctx.session.flash('error', ctx.i18n.t('customers.flash.invite_disabled'))
    } else {
      await inviteCustomers(ctx, [user], user.organization.name, input.locale)
      ctx.session.flash('success', ctx.i18n.t('customers.flash.invited', { email: user.email }))
    }
    return ctx.response.redirect().toRoute('admin.customers.show', { id: user.id })
  }
}
