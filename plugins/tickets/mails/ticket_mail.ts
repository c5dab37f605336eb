import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import portalConfig from '#config/portal'

export type TicketMailKind = 'opened' | 'customer_reply' | 'staff_reply' | 'status_changed'

/** A snapshot of what the mail says, taken when it is queued (no models in the queue). */
export type TicketMailData = {
  number: string
  subject: string
  status: string
  organization: string | null
  actor: string
  body: string | null
  link: string
  attachments: number
  /**
   * The signed address a reply by email goes to (services/reply_address.ts);
   * null when replies by email are off or the recipient is support.
   */
  replyTo?: string | null
}

/**
 * Every ticket notification: to support on a new ticket or a customer reply,
 * to the requester when someone else changed the status or staff answered.
 * HTML and text, German unless the locale says otherwise.
 */
export default class TicketMail extends BaseMail {
  constructor(
    public kind: TicketMailKind,
    public recipient: string,
    public data: TicketMailData,
    private locale = 'de'
  ) {
    super()
  }

  prepare() {
    const i18n = i18nManager.locale(this.locale)
    const t = (key: string, values?: Record<string, unknown>) => i18n.t(`tickets.${key}`, values)
    const values = { number: this.data.number, subject: this.data.subject, actor: this.data.actor }
    const view = {
      t,
      lang: i18n.locale,
      kind: this.kind,
      heading: t(`mail.${this.kind}.heading`, values),
      intro: t(`mail.${this.kind}.intro`, values),
      statusLabel: t(`status.${this.data.status}`),
      portalName: portalConfig.name,
      portalUrl: portalConfig.url,
      ...this.data,
    }
    this.message
      .to(this.recipient)
      .subject(t(`mail.${this.kind}.subject`, values))
      .htmlView('tickets::emails/ticket_html', view)
      .textView('tickets::emails/ticket_text', view)
    // RFC 3834: a generated mail. Should it land in the support mailbox (support's copy of a
    // customer reply), the replies-by-email job discards it instead of holding it for review.
    this.message.header('Auto-Submitted', 'auto-generated')
    if (this.data.replyTo) this.message.replyTo(this.data.replyTo)
  }
}
