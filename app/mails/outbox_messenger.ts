import type { MailerMessenger, MessageBodyTemplates, NodeMailerMessage } from '@adonisjs/mail/types'
import MailOutbox from '#services/mail_outbox'

/**
 * What `mail.sendLater()` does in this portal: instead of the package's
 * in-memory queue (lost on a restart), hand the mail to the persistent
 * outbox. Registered for every mailer by providers/background_jobs_provider.ts.
 */
export default class OutboxMessenger implements MailerMessenger {
  constructor(private mailerName: string) {}

  async queue(
    mail: { message: NodeMailerMessage; views: MessageBodyTemplates },
    sendConfig?: unknown
  ) {
    const delivery = await MailOutbox.handOff(this.mailerName, mail, sendConfig)
    return { deliveryId: delivery.id }
  }
}
