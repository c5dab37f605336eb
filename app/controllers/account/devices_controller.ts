import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import DeviceList from '#services/device_list'
import DeviceTrust from '#services/login/device_trust'
import { recordAudit } from '#services/audit_log'
import { recordIdOrFail } from '#validators/account'

/**
 * "Entfernen" on my own trusted devices. Another device is logged out at
 * once; removing this device (or all) also logs out here, since the trust
 * this session stood on is gone.
 */
export default class AccountDevicesController {
  async destroy(ctx: HttpContext) {
    const user = ctx.auth.user!
    const id = recordIdOrFail(ctx.params.id)
    const currentId = await DeviceTrust.currentDeviceId(ctx, user)
    const result = await DeviceList.revoke(user.id, id)
    if (!result) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })

    if (result.revoked) {
      await recordAudit('security.device_revoked', {
        user,
        request: ctx.request,
        meta: { label: result.device.label },
      })
    }
    if (id === currentId) return this.#logOut(ctx, ctx.i18n.t('security.devices.revoked_current'))
    ctx.session.flash(
      'success',
      ctx.i18n.t('security.devices.revoked', { label: result.device.label })
    )
    return ctx.response.redirect().toRoute('account.show')
  }

  async destroyAll(ctx: HttpContext) {
    const user = ctx.auth.user!
    const count = await DeviceList.revokeAll(user.id)
    await recordAudit('security.devices_revoked_all', {
      user,
      request: ctx.request,
      meta: { count },
    })
    return this.#logOut(ctx, ctx.i18n.t('security.devices.revoked_all_self'))
  }

  async #logOut(ctx: HttpContext, message: string) {
    DeviceTrust.forget(ctx)
    await ctx.session.untag(String(ctx.auth.user!.id))
    await ctx.auth.use('web').logout()
    ctx.session.clear()
    ctx.inertia.clearHistory()
    ctx.session.flash('success', message)
    return ctx.response.redirect().toRoute('login.show')
  }
}
