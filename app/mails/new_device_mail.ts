import { DateTime } from 'luxon'
import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import type User from '#models/user'

export type NewDevice = { label: string; at: DateTime; ip: string }

/**
 * "Neues Gerät angemeldet": sent whenever a browser becomes trusted, so a
 * login the user did not do is noticed. Says which device, when and from
 * where, and whom to tell.
 */
export default class NewDeviceMail extends BaseMail {
  constructor(
    private user: Pick<User, 'email' | 'name'>,
    public device: NewDevice,
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
      device: this.device.label,
      time: this.device.at.setLocale(i18n.locale).toLocaleString(DateTime.DATETIME_FULL),
      ip: this.device.ip,
      accountUrl: urlFor('account.show', {}, { prefixUrl: portalConfig.url }),
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      lang: i18n.locale,
    }
    this.message
      .to(this.user.email)
      .subject(i18n.t('security.mail.new_device.subject', { portal: portalConfig.name }))
      .htmlView('emails/new_device_html', data)
      .textView('emails/new_device_text', data)
  }
}
