import type { HttpContext } from '@adonisjs/core/http'
import DeviceList from '#services/device_list'
import DeviceTrust from '#services/login/device_trust'
import RecoveryCodes from '#services/recovery_codes'
import OwnSecurityEvents from '#services/own_security_events'
import PasskeyList from '#services/passkeys/passkey_list'
import StepUp from '#services/step_up'

/**
 * "Mein Konto" for customers and staff alike: who I am, the devices I
 * trust, my passkeys, my recovery codes and what happened on my account lately.
 */
export default class AccountController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.user!
    const currentDeviceId = await DeviceTrust.currentDeviceId(ctx, user)
    const devices = await DeviceList.active(user.id, currentDeviceId)
    const recoveryCodes = await RecoveryCodes.summary(user.id)
    const events = await OwnSecurityEvents.latest(user.id)
    return ctx.inertia.render('account/show', {
      profile: {
        name: user.name,
        email: user.email,
        organization: user.organizationId ? (user.organization?.name ?? null) : null,
      },
      twoFactorSince: user.totpEnabledAt?.toISO() ?? null,
      devices,
      passkeys: await PasskeyList.of(user.id),
      stepUpNeeded: !StepUp.allows(ctx.session),
      recoveryCodes,
      events,
    })
  }
}
