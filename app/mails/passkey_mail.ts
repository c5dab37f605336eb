import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import type User from '#models/user'

export type PasskeyMailKind = 'added' | 'removed'

/**
 * "Passkey hinzugefügt" / "Passkey entfernt": a change to how the person can
 * log in is never silent, so a passkey someone else added is noticed.
 */
export default class PasskeyMail extends BaseMail {
  constructor(
    private user: Pick<User, 'email' | 'name'>,
    public kind: PasskeyMailKind,
    public passkeyName: string,
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
      kind: this.kind,
      name: this.user.name ?? this.user.email,
      passkey: this.passkeyName,
      accountUrl: urlFor('account.show', {}, { prefixUrl: portalConfig.url }),
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      lang: i18n.locale,
    }
    this.message
      .to(this.user.email)
      .subject(i18n.t(`security.mail.passkey_${this.kind}.subject`, { portal: portalConfig.name }))
      .htmlView('emails/passkey_html', data)
      .textView('emails/passkey_text', data)
  }
}
