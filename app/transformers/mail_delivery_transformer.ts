import type MailDelivery from '#models/mail_delivery'
import MailOutbox from '#services/mail_outbox'

/** A mail of the outbox as staff see it: who, what, its state; never its content. */
export default class MailDeliveryTransformer {
  static transform(deliveries: MailDelivery[]) {
    return deliveries.map((delivery) => ({
      id: delivery.id,
      recipient: delivery.recipient,
      subject: delivery.subject,
      // Being sent right now is still "waiting" for staff.
      status: delivery.status === 'sending' ? 'queued' : delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      createdAt: delivery.createdAt.toISO()!,
      sentAt: delivery.sentAt?.toISO() ?? null,
      failedAt: delivery.failedAt?.toISO() ?? null,
      /** a magic link that could not go out cannot be sent again: the person asks for a new one */
      expiring: delivery.expiring,
      canRetry: MailOutbox.canRetry(delivery),
    }))
  }
}
