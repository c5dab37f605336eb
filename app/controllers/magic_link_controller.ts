import type { HttpContext } from '@adonisjs/core/http'
import MagicLink from '#services/login/magic_link'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { PENDING_LOGIN_KEY } from '#services/login/pending_login'
import { linkTokenValidator } from '#validators/login'
import { recordAudit } from '#services/audit_log'

/**
 * Step 2: the link from the mail. Opening it (GET) only shows a page with the
 * button "Anmeldung bestätigen" — mail scanners open links too, and must not
 * use them up. The button's POST spends the token.
 */
export default class MagicLinkController {
  async show({ params, inertia, i18n, response }: HttpContext) {
    // The token is in the URL: never send it to another origin.
    response.header('Referrer-Policy', 'same-origin')
    const token = String(params.token)
    const state = await MagicLink.state(token)
    return inertia.render('auth/confirm_link', {
      state: state === 'valid' ? ('valid' as const) : ('invalid' as const),
      token: state === 'valid' ? token : null,
      message: state === 'valid' ? null : i18n.t(`messages.link.${state}`),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, session, inertia, i18n } = ctx
    const { token } = await request.validateUsing(linkTokenValidator)
    const result = await MagicLink.spend(token)

    if (typeof result === 'string') {
      return inertia.render('auth/confirm_link', {
        state: 'invalid' as const,
        token: null,
        message: i18n.t(`messages.link.${result}`),
      })
    }

    const user = result.user
    await recordAudit('login.confirmed', { user, request })

    // A browser that passed the code within 30 days needs nothing more.
    const device = user.hasTotp ? await DeviceTrust.recognize(ctx, user) : null
    if (device) {
      await recordAudit('login.trusted_device', { user, request, meta: { deviceId: device.id } })
      await completeLogin(ctx, result, device, 'trusted_device')
      return response.redirect().toRoute('dashboard')
    }

    // A fresh session id for the half-logged-in state, bound to this attempt.
    session.regenerate()
    session.put(PENDING_LOGIN_KEY, result.id)
    return response.redirect().toRoute(user.hasTotp ? 'login.code.show' : 'login.setup.show')
  }
}
