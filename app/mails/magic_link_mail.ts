import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import type User from '#models/user'
import { deliverBy } from '#mails/delivery_deadline'

/**
 * The magic-link mail (step 2 of the seed): a button "Anmeldung bestätigen"
 * that opens the confirmation page. HTML and text, in the user's language.
 */
export default class MagicLinkMail extends BaseMail {
  constructor(
    private user: Pick<User, 'email' | 'name'>,
    private token: string,
    private locale: string,
    /** when the link expires: a mail that could not go out before then is not sent at all */
    private expiresAt: Date
  ) {
    super()
  }

  get recipient() {
    return this.user.email
  }

  get link() {
    return urlFor('login.link.show', { token: this.token }, { prefixUrl: portalConfig.url })
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const data = {
      t: (key: string, values?: Record<string, unknown>) => i18n.t(`mail.${key}`, values),
      link: this.link,
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      name: this.user.name ?? this.user.email,
      minutes: portalConfig.login.attemptMinutes,
      lang: i18n.locale,
    }
    this.message
      .to(this.user.email)
      .subject(i18n.t('mail.magic_link.subject', { portal: portalConfig.name }))
      .htmlView('emails/magic_link_html', data)
      .textView('emails/magic_link_text', data)
    deliverBy(this.message, this.expiresAt)
  }
}
