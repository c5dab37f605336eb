import type { HttpContext } from '@adonisjs/core/http'
import AddPasskey from '#actions/security/add_passkey'
import RemovePasskey from '#actions/security/remove_passkey'
import PasskeyRegistration from '#services/passkeys/passkey_registration'
import { newPasskeyValidator, recordIdOrFail } from '#validators/account'

/**
 * The logged-in person's passkeys: the offer right after the 2FA setup,
 * the options for the browser's dialog, adding and removing. The list
 * itself is on the account page.
 */
export default class PasskeysController {
  /** "Noch schneller anmelden": offered once after the recovery codes; "Später" goes on to the start page. */
  async create({ inertia }: HttpContext) {
    return inertia.render('account/passkey_offer', {})
  }

  async options(ctx: HttpContext) {
    const options = await PasskeyRegistration.options(ctx.session, ctx.auth.user!)
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.response.json(options)
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n, auth } = ctx
    const { passkey, name, next } = await request.validateUsing(newPasskeyValidator)
    const result = await AddPasskey.handle(ctx, auth.user!, passkey, name)
    const target = next === 'dashboard' ? 'dashboard' : 'account.show'
    if (typeof result === 'string') {
      session.flash('error', i18n.t(`security.passkeys.refused.${result}`))
      return response.redirect().toRoute(next === 'dashboard' ? 'account.passkeys.create' : target)
    }
    session.flash('success', i18n.t('security.passkeys.added', { name: result.name }))
    return response.redirect().toRoute(target)
  }

  async destroy(ctx: HttpContext) {
    const name = await RemovePasskey.handle(ctx, ctx.auth.user!, recordIdOrFail(ctx.params.id))
    ctx.session.flash('success', ctx.i18n.t('security.passkeys.removed', { name }))
    return ctx.response.redirect().toRoute('account.show')
  }
}
