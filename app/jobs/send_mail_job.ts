import { DateTime } from 'luxon'
import { Job, exponentialBackoff } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import mail from '@adonisjs/mail/services/main'
import MailOutbox from '#services/mail_outbox'

/**
 * Sends one stored mail of the outbox (app/services/mail_outbox.ts). A
 * failed try is thrown back to the queue, which tries again with backoff
 * (2 s, 4 s, ... at most 30 s apart, so a mail goes out within half a
 * minute of SMTP coming back); the outbox decides when to stop.
 */
export default class SendMailJob extends Job<{ deliveryId: number }> {
  static options: JobOptions = {
    // Not the limit that counts: the outbox gives up at the mail's deadline.
    maxRetries: 1_000_000,
    retry: { backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '30s', jitter: true }) },
    timeout: '90s',
    removeOnComplete: true,
    removeOnFail: true,
  }

  async execute() {
    const pending = await MailOutbox.pending(this.payload.deliveryId)
    if (!pending) return
    const { delivery, stored } = pending
    if (DateTime.now() >= delivery.deliverBy) return MailOutbox.expired(delivery)

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
