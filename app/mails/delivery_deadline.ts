import type { Message } from '@adonisjs/mail'

/**
 * How a mail says "worthless after this moment" (a magic link that expires):
 * an internal header the outbox reads and removes before the mail is stored,
 * so it never reaches the recipient. Such mails also go first in the queue.
 */
export const DELIVER_BY_HEADER = 'X-Portal-Deliver-By'

export function deliverBy(message: Message, deadline: Date) {
  message.header(DELIVER_BY_HEADER, deadline.toISOString())
}
