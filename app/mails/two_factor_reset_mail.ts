import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import type User from '#models/user'

/**
 * "Deine Zwei-Faktor-Authentifizierung wurde zurückgesetzt": the agency reset
 * the user's 2FA. Says what that means (logged out everywhere, set up again
 * at the next login) and whom to tell if nobody asked for it. The staff's
 * reason stays internal.
 */
export default class TwoFactorResetMail extends BaseMail {
  constructor(
    private user: Pick<User, 'email' | 'name'>,
    private locale: string
  ) {
    super()
  }

  get recipient() {
    return this.user.email
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const data = {
      t: (key: string, values?: Record<string, unknown>) => i18n.t(`security.mail.${key}`, values),
      name: this.user.name ?? this.user.email,
      loginUrl: urlFor('login.show', {}, { prefixUrl: portalConfig.url }),
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      lang: i18n.locale,
    }
    this.message
      .to(this.user.email)
      .subject(i18n.t('security.mail.two_factor_reset.subject', { portal: portalConfig.name }))
      .htmlView('emails/two_factor_reset_html', data)
      .textView('emails/two_factor_reset_text', data)
  }
}
