import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import portalConfig from '#config/portal'

/** A snapshot of what the mail says, taken when it is queued (no models in the queue). */
export type InvoiceMailData = {
  number: string
  organization: string
  amount: string
  issuedOn: string
  dueOn: string
  link: string
}

/**
 * "Neue Rechnung verfügbar": to each customer of the organization who may
 * see invoices. It links to the invoices page and never attaches the PDF
 * (the portal checks who downloads it; a mail cannot).
 */
export default class InvoiceAvailableMail extends BaseMail {
  constructor(
    public recipient: string,
    public data: InvoiceMailData,
    private locale = 'de'
  ) {
    super()
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const t = (key: string, values?: Record<string, unknown>) => i18n.t(`invoices.${key}`, values)
    const view = {
      t,
      lang: i18n.locale,
      heading: t('mail.available.heading'),
      intro: t('mail.available.intro', { organization: this.data.organization }),
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      supportEmail: portalConfig.supportEmail,
      ...this.data,
    }
    this.message
      .to(this.recipient)
      .subject(t('mail.available.subject', { number: this.data.number, portal: portalConfig.name }))
      .htmlView('invoices::emails/invoice_available_html', view)
      .textView('invoices::emails/invoice_available_text', view)
  }
}
