import type { HttpContext } from '@adonisjs/core/http'
import UserSecurityPolicy from '#policies/user_security_policy'
import UserSecurityQueries from '#queries/user_security_queries'
import RevokeDeviceForUser from '#actions/security/revoke_device_for_user'
import RevokeAllDevicesForUser from '#actions/security/revoke_all_devices_for_user'
import TwoFactorReset from '#services/two_factor_reset'
import { recordIdOrFail } from '#validators/account'
import { twoFactorResetValidator } from '#validators/admin/user_security'

/**
 * "Sicherheit & Geräte" of one user (customer or staff): 2FA state, trusted
 * devices, recent security events, and the staff actions on them. Who may
 * see and change whom is the UserSecurityPolicy (agents: customers; admins:
 * everyone; nobody: themselves).
 */
export default class UserSecurityController {
  async show(ctx: HttpContext) {
    const user = await UserSecurityQueries.find(ctx.params.id)
    const policy = ctx.bouncer.with(UserSecurityPolicy)
    await policy.authorize('view', user)
    return ctx.inertia.render('admin/users/security', {
      ...(await UserSecurityQueries.page(user)),
      isSelf: user.id === ctx.auth.user!.id,
      can: { change: await policy.allows('change', user) },
    })
  }

  async destroyDevice(ctx: HttpContext) {
    const user = await this.#changeable(ctx)
    const deviceId = recordIdOrFail(ctx.params.deviceId)
    const label = await RevokeDeviceForUser.handle(ctx, user, deviceId)
    ctx.session.flash('success', ctx.i18n.t('security.devices.revoked', { label }))
    return ctx.response.redirect().toRoute('admin.users.security', { id: user.id })
  }

  async destroyAllDevices(ctx: HttpContext) {
    const user = await this.#changeable(ctx)
    const count = await RevokeAllDevicesForUser.handle(ctx, user)
    ctx.session.flash('success', ctx.i18n.t('security.devices.revoked_all', { count }))
    return ctx.response.redirect().toRoute('admin.users.security', { id: user.id })
  }

  async resetTwoFactor(ctx: HttpContext) {
    const user = await this.#changeable(ctx)
    const { reason } = await ctx.request.validateUsing(twoFactorResetValidator)
    await TwoFactorReset.handle(ctx, user, reason)
    const name = user.name ?? user.email
    ctx.session.flash('success', ctx.i18n.t('security.reset.done', { name }))
    return ctx.response.redirect().toRoute('admin.users.security', { id: user.id })
  }

  /** The user of the URL, once the policy allows changing them (403 page, or a message for oneself). */
  async #changeable(ctx: HttpContext) {
    const user = await UserSecurityQueries.find(ctx.params.id)
    await ctx.bouncer.with(UserSecurityPolicy).authorize('change', user)
    return user
  }
}
