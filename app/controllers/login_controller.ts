import type { HttpContext } from '@adonisjs/core/http'
import { inject } from '@adonisjs/core'
import portalConfig from '#config/portal'
import User from '#models/user'
import { emailValidator } from '#validators/login'
import RequestMagicLink from '#services/login/request_magic_link'

/** Step 1: the email form and "Weiter". */
export default class LoginController {
  async show({ inertia, session }: HttpContext) {
    return inertia.render('auth/login', { sent: session.flashMessages.get('loginSent') ?? null })
  }

  @inject()
  async store(ctx: HttpContext, requestMagicLink: RequestMagicLink) {
    const { request, response, session, i18n } = ctx
    const { email: typed } = await request.validateUsing(emailValidator)
    const email = User.normalizeEmail(typed)
    const outcome = await requestMagicLink.handle(email, ctx)

    if (outcome.kind === 'rate_limited') {
      session.flash('inputErrorsBag', {
        email: i18n.t('messages.login.rate_limited', { minutes: outcome.retryInMinutes }),
      })
      return response.redirect().toRoute('login.show')
    }

    if (outcome.kind === 'refused' && portalConfig.revealUnknownAddresses) {
      session.flash('inputErrorsBag', {
        email: i18n.t('messages.login.unknown_address', { support: portalConfig.supportEmail }),
      })
      return response.redirect().toRoute('login.show')
    }

    const message =
      outcome.kind === 'sent' && portalConfig.revealUnknownAddresses
        ? i18n.t('messages.login.sent', { email, minutes: portalConfig.login.attemptMinutes })
        : i18n.t('messages.login.sent_neutral', {
            email,
            minutes: portalConfig.login.attemptMinutes,
          })
    session.flash('loginSent', { email, message })
    return response.redirect().toRoute('login.show')
  }
}
