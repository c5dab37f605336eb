import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import User from '#models/user'
import AuditEvent from '#models/audit_event'
import DeviceList from '#services/device_list'
import RecoveryCodes from '#services/recovery_codes'
import TwoFactorReset from '#services/two_factor_reset'
import { recordStaffAction } from '#services/audit_log'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { recordIdOrFail } from '#validators/account'
import { twoFactorResetValidator } from '#validators/admin/user_security'

/**
 * "Sicherheit & Geräte" of one person (customer or staff): 2FA state,
 * trusted devices, the recent security events, and the staff actions on
 * them: revoke one or all devices, reset the 2FA. Agents may act on
 * customers; only admins on staff members. Nobody acts on their own account
 * here (that is the account page, where logging oneself out is expected).
 */
export default class UserSecurityController {
  async show(ctx: HttpContext) {
    const member = await this.#member(ctx)
    if (!member) return this.#forbidden(ctx)

    const devices = await DeviceList.active(member.id)
    const recoveryCodes = await RecoveryCodes.summary(member.id)
    const events = await AuditEvent.query()
      .where('user_id', member.id)
      .preload('actor')
      .orderBy('id', 'desc')
      .limit(20)
    return ctx.inertia.render('admin/users/security', {
      member: {
        id: member.id,
        name: member.name,
        email: member.email,
        role: member.role,
        status: member.status,
        organization: member.organization
          ? { id: member.organization.id, name: member.organization.name }
          : null,
      },
      isSelf: member.id === ctx.auth.user!.id,
      backUrl: this.#backUrl(member),
      twoFactor: { enabledAt: member.totpEnabledAt?.toISO() ?? null, recoveryCodes },
      devices,
      events: AuditEventTransformer.transform(events),
    })
  }

  async destroyDevice(ctx: HttpContext) {
    const member = await this.#member(ctx)
    if (!member) return this.#forbidden(ctx)
    if (member.id === ctx.auth.user!.id) return this.#refuseSelf(ctx, member)

    const result = await DeviceList.revoke(member.id, recordIdOrFail(ctx.params.deviceId))
    if (!result) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
    if (result.revoked) {
      await recordStaffAction(ctx, 'security.device_revoked', {
        user: member,
        meta: { label: result.device.label },
      })
    }
    ctx.session.flash(
      'success',
      ctx.i18n.t('security.devices.revoked', { label: result.device.label })
    )
    return this.#back(ctx, member)
  }

  async destroyAllDevices(ctx: HttpContext) {
    const member = await this.#member(ctx)
    if (!member) return this.#forbidden(ctx)
    if (member.id === ctx.auth.user!.id) return this.#refuseSelf(ctx, member)

    const count = await DeviceList.revokeAll(member.id)
    await recordStaffAction(ctx, 'security.devices_revoked_all', { user: member, meta: { count } })
    ctx.session.flash('success', ctx.i18n.t('security.devices.revoked_all', { count }))
    return this.#back(ctx, member)
  }

  async resetTwoFactor(ctx: HttpContext) {
    const member = await this.#member(ctx)
    if (!member) return this.#forbidden(ctx)
    if (member.id === ctx.auth.user!.id) return this.#refuseSelf(ctx, member)

    const { reason } = await ctx.request.validateUsing(twoFactorResetValidator)
    await TwoFactorReset.handle(ctx, member, reason)
    ctx.session.flash(
      'success',
      ctx.i18n.t('security.reset.done', { name: member.name ?? member.email })
    )
    return this.#back(ctx, member)
  }

  /** The person of the URL (404 when there is none), or null when this staff member may not act on them. */
  async #member(ctx: HttpContext) {
    const member = await User.query()
      .where('id', recordIdOrFail(ctx.params.id))
      .preload('organization')
      .first()
    if (!member) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
    if (member.isStaff && !ctx.auth.user!.isAdmin) return null
    return member
  }

  async #forbidden(ctx: HttpContext) {
    ctx.response.status(403)
    return ctx.inertia.render('errors/forbidden', {})
  }

  #refuseSelf(ctx: HttpContext, member: User) {
    ctx.session.flash('error', ctx.i18n.t('security.admin.self_refused'))
    return this.#back(ctx, member)
  }

  #back(ctx: HttpContext, member: User) {
    return ctx.response.redirect().toRoute('admin.users.security', { id: member.id })
  }

  /** Where the person is managed: the customer's page (when the console has one), else the list. */
  #backUrl(member: User) {
    const build = urlFor as unknown as (name: string, params?: Record<string, unknown>) => string
    if (member.isStaff) return build('admin.staff.index')
    if (router.has('admin.customers.show')) return build('admin.customers.show', { id: member.id })
    return build('admin.organizations.index')
  }
}
