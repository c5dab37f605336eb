import type { HttpContext } from '@adonisjs/core/http'
import AddPasskey from '#actions/security/add_passkey'
import RemovePasskey from '#actions/security/remove_passkey'
import PasskeyRegistration from '#services/passkeys/passkey_registration'
import StepUp from '#services/step_up'
import { newPasskeyValidator, recordIdOrFail } from '#validators/account'

/**
 * The logged-in person's passkeys: the offer right after the 2FA setup,
 * the options for the browser's dialog, adding (within 15 minutes of the
 * login or after the code was typed again: StepUp) and removing. The list
 * itself is on the account page.
 */
export default class PasskeysController {
  /** "Noch schneller anmelden": offered once after the recovery codes; "Später" goes on to the start page. */
  async create({ inertia, session }: HttpContext) {
    return inertia.render('account/passkey_offer', {
      stepUpNeeded: !StepUp.allows(session),
    })
  }

  async options(ctx: HttpContext) {
    if (!StepUp.allows(ctx.session)) return ctx.response.forbidden({ error: 'step_up' })
    const options = await PasskeyRegistration.options(ctx.session, ctx.auth.user!)
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.response.json(options)
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n, auth } = ctx
    const { passkey, name, next } = await request.validateUsing(newPasskeyValidator)
    const onward = next === 'dashboard' ? this.#startPage(ctx) : 'account.show'
    const back = next === 'dashboard' ? 'account.passkeys.create' : 'account.show'
    if (!StepUp.allows(session)) {
      session.flash('error', i18n.t('security.step_up.needed'))
      return response.redirect().toRoute(back)
    }
    const result = await AddPasskey.handle(ctx, auth.user!, passkey, name)
    if (typeof result === 'string') {
      session.flash('error', i18n.t(`security.passkeys.refused.${result}`))
      return response.redirect().toRoute(back)
    }
    session.flash('success', i18n.t('security.passkeys.added', { name: result.name }))
    return response.redirect().toRoute(onward)
  }

  async destroy(ctx: HttpContext) {
    const name = await RemovePasskey.handle(ctx, ctx.auth.user!, recordIdOrFail(ctx.params.id))
    ctx.session.flash('success', ctx.i18n.t('security.passkeys.removed', { name }))
    return ctx.response.redirect().toRoute('account.show')
  }

  /** Staff start in the console: sent there directly, so the message survives the way. */
  #startPage({ auth }: HttpContext) {
    return auth.user!.isStaff ? 'admin.dashboard' : 'dashboard'
  }
}
