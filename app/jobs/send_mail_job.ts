import { DateTime } from 'luxon'
import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import mail from '@adonisjs/mail/services/main'
import MailOutbox from '#services/mail_outbox'

/**
 * Sends one stored mail of the outbox (app/services/mail_outbox.ts). A
 * failed try is thrown back to the queue, which tries again with backoff
 * (2 s, 4 s, ... then about every 30 s, with a random ±25 %, so a mail goes
 * out well within a minute of SMTP coming back); the outbox decides when to
 * stop.
 */
export default class SendMailJob extends Job<{ deliveryId: number }> {
  static options: JobOptions = {
    // Not the limit that counts: the outbox gives up at the mail's deadline.
    maxRetries: 1_000_000,
    retry: { backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '30s', jitter: true }) },
    removeOnComplete: true,
    removeOnFail: true,
  }

  async execute() {
    const delivery = await MailOutbox.claim(this.payload.deliveryId)
    if (!delivery) return
    if (DateTime.now() >= delivery.deliverBy) return MailOutbox.giveUp(delivery, null)
    const stored = MailOutbox.read(delivery)
    if (!stored)
      return MailOutbox.giveUp(delivery, 'the stored mail cannot be read (APP_KEY changed?)')

    try {
      await mail
        .use(delivery.mailer as never)
        .sendCompiled({ message: stored.message, views: {} }, stored.sendConfig as never)
    } catch (error) {
      if (await MailOutbox.attemptFailed(delivery, error)) throw error
      return
    }
    await MailOutbox.markSent(delivery)
  }
}
