import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import type User from '#models/user'

/**
 * "You have been invited" (step 1 of the seed: "Alternativ hast du bereits
 * eine E-Mail erhalten, in der die URL angegeben war"): who invited them to
 * which portal, the portal's address, a button "Zum Portal" to the login and
 * how the login works (email link and authenticator app, no password).
 */
export default class InvitationMail extends BaseMail {
  constructor(
    private user: Pick<User, 'email' | 'name'>,
    private inviter: Pick<User, 'email' | 'name'>,
    private organizationName: string,
    private locale: string
  ) {
    super()
  }

  get recipient() {
    return this.user.email
  }

  get loginUrl() {
    return urlFor('login.show', {}, { prefixUrl: portalConfig.url })
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const data = {
      t: (key: string, values?: Record<string, unknown>) => i18n.t(`customers.mail.${key}`, values),
      loginUrl: this.loginUrl,
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      name: this.user.name ?? this.user.email,
      email: this.user.email,
      inviter: this.inviter.name ?? this.inviter.email,
      organization: this.organizationName,
      minutes: portalConfig.login.attemptMinutes,
      lang: i18n.locale,
    }
    this.message
      .to(this.user.email)
      .subject(i18n.t('customers.mail.subject', { portal: portalConfig.name }))
      .htmlView('emails/invitation_html', data)
      .textView('emails/invitation_text', data)
  }
}
