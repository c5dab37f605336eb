import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'
import Mailbox from '#services/mailbox'

function addresses(value: NodeMailerMessage['to']): string {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

/**
 * Used when no SMTP_HOST is configured: instead of sending, keep the mail in
 * the local mailbox and print where it is and its links, so a developer on a
 * fresh clone can follow a magic link without any mail server.
 */
export default class MailboxTransport implements MailTransportContract {
  async send(message: NodeMailerMessage) {
    const caught = await Mailbox.store({
      to: addresses(message.to),
      subject: String(message.subject ?? ''),
      date: new Date().toISOString(),
      text: String(message.text ?? ''),
      html: String(message.html ?? ''),
    })
    const { default: logger } = await import('@adonisjs/core/services/logger')
    const { default: app } = await import('@adonisjs/core/services/app')
    // The links are printed for a developer to follow; in production they are secrets and stay out of the log.
    logger.info(
      app.inProduction ? { to: caught.to } : { to: caught.to, links: caught.links },
      'mail caught (no SMTP_HOST): "%s" — open it at /dev/mails',
      caught.subject
    )
    return new MailResponse(caught.id, { from: '', to: [caught.to] }, caught)
  }
}
