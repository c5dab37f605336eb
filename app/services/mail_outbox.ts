import { DateTime } from 'luxon'
import encryption from '@adonisjs/core/services/encryption'
import logger from '@adonisjs/core/services/logger'
import { Message } from '@adonisjs/mail'
import type { NodeMailerMessage } from '@adonisjs/mail/types'
import portalConfig from '#config/portal'
import MailDelivery from '#models/mail_delivery'
import User from '#models/user'
import SendMailJob from '#jobs/send_mail_job'
import { recordAudit } from '#services/audit_log'
import { DELIVER_BY_HEADER } from '#mails/delivery_deadline'

/** What the outbox keeps of a mail until it is sent: the rendered message, encrypted. */
interface StoredMail {
  message: NodeMailerMessage
  sendConfig?: unknown
}

/** A compiled mail as @adonisjs/mail hands it to a messenger. */
export interface CompiledMail {
  message: NodeMailerMessage
  views: Parameters<typeof Message.computeContentsFor>[0]['views']
}

/** Highest priority first (the queue's default is 5): login links must not wait behind notifications. */
const URGENT_PRIORITY = 1

function addressesOf(value: NodeMailerMessage['to']) {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

/** An SMTP answer that will not change by trying again (5xx: unknown mailbox, refused sender, ...). */
function isPermanent(error: unknown) {
  const code = (error as { responseCode?: number }).responseCode
  return typeof code === 'number' && code >= 500 && code < 600
}

function describe(error: unknown) {
  const text = error instanceof Error ? error.message : String(error)
  return text.slice(0, 1000)
}

/**
 * The portal's outbox: every mail a request hands off (mail.sendLater) is
 * rendered right away, stored encrypted in mail_deliveries and sent by a
 * persistent job (app/jobs/send_mail_job.ts). So nothing is lost when the
 * process dies or SMTP is away: the job is retried with backoff until the
 * mail's deadline, then the mail shows as failed in the admin console, with
 * an audit event, and staff can send it again.
 */
export default class MailOutbox {
  /** Stores the mail and queues its job; the request does not wait for SMTP. */
  static async handOff(mailer: string, compiled: CompiledMail, sendConfig?: unknown) {
    // Rendered now: the queued mail is plain data, and a broken template fails the request that caused it.
    await Message.computeContentsFor({ ...compiled, sharedState: {} })
    const message = { ...compiled.message, headers: { ...(compiled.message.headers as Record<string, string>) } }
    const deadline = message.headers[DELIVER_BY_HEADER]
    delete message.headers[DELIVER_BY_HEADER]

    const delivery = await MailDelivery.create({
      mailer,
      recipient: addressesOf(message.to).slice(0, 1000),
      subject: String(message.subject ?? '').slice(0, 1000),
      status: 'queued',
      attempts: 0,
      message: encryption.encrypt({ message, sendConfig } satisfies StoredMail),
      deliverBy: deadline ? DateTime.fromISO(deadline) : DateTime.now().plus({ milliseconds: portalConfig.mail.giveUpAfterMs }),
      expiring: Boolean(deadline),
    })
    await this.#dispatch(delivery, deadline ? URGENT_PRIORITY : undefined)
    return delivery
  }

  /**
   * The delivery a job should send now, with its message, or null when there
   * is nothing to do (already sent, given up, or gone).
   */
  static async pending(id: number) {
    const delivery = await MailDelivery.find(id)
    if (!delivery || delivery.status !== 'queued' || !delivery.message) return null
    const stored = encryption.decrypt<StoredMail>(delivery.message)
    if (!stored) throw new Error(`mail delivery ${id} cannot be decrypted (APP_KEY changed?)`)
    return { delivery, stored }
  }

  static async markSent(delivery: MailDelivery) {
    delivery.merge({ status: 'sent', sentAt: DateTime.now(), attempts: delivery.attempts + 1, lastError: null, message: null })
    await delivery.save()
    logger.info({ delivery: delivery.id, attempts: delivery.attempts }, 'mail sent')
  }

  /**
   * A try failed. Returns true when the job should try again later (with
   * the queue's backoff); false when the outbox gave up on the mail: an
   * answer that will not change, or the deadline has passed.
   */
  static async attemptFailed(delivery: MailDelivery, error: unknown) {
    const attempts = delivery.attempts + 1
    if (isPermanent(error) || DateTime.now() >= delivery.deliverBy) {
      await this.#giveUp(delivery, describe(error), attempts)
      return false
    }
    delivery.merge({ attempts, lastError: describe(error) })
    await delivery.save()
    logger.warn({ delivery: delivery.id, attempts, err: error }, 'mail not delivered yet, will retry')
    return true
  }

  /**
   * A mail whose deadline passed before it could be sent (a login link that
   * expired meanwhile). Its last error, if it had one, stays what staff see.
   */
  static async expired(delivery: MailDelivery) {
    await this.#giveUp(delivery, delivery.lastError, delivery.attempts)
  }

  /**
   * Staff send a failed mail again: a fresh deadline and a new job. Login
   * links cannot be sent again (the person simply asks for a new one).
   */
  static async retry(delivery: MailDelivery, actor: User) {
    if (!this.canRetry(delivery)) return false
    delivery.merge({
      status: 'queued',
      attempts: 0,
      failedAt: null,
      deliverBy: DateTime.now().plus({ milliseconds: portalConfig.mail.giveUpAfterMs }),
    })
    await delivery.save()
    await recordAudit('mail.retried', {
      actor,
      user: await this.#recipientUser(delivery),
      meta: { delivery: delivery.id, recipient: delivery.recipient, subject: delivery.subject },
    })
    await this.#dispatch(delivery)
    return true
  }

  /**
   * How many mails wait and how many failed (the console's filters). Sent
   * mails are not counted: they are most of the table, and counting them
   * would grow with it.
   */
  static async openCounts() {
    const rows = await MailDelivery.query()
      .whereIn('status', ['queued', 'failed'])
      .select('status')
      .count('* as total')
      .groupBy('status')
    const counts = { queued: 0, failed: 0 }
    for (const row of rows) if (row.status !== 'sent') counts[row.status] = Number(row.$extras.total)
    return counts
  }

  /** The console's badge: mails staff should look at. */
  static async failedCount() {
    const [row] = await MailDelivery.query().where('status', 'failed').count('* as total')
    return Number(row.$extras.total)
  }

  static canRetry(delivery: MailDelivery) {
    return delivery.status === 'failed' && !delivery.expiring && delivery.message !== null
  }

  static async #dispatch(delivery: MailDelivery, priority?: number) {
    const dispatcher = SendMailJob.dispatch({ deliveryId: delivery.id })
    if (priority !== undefined) dispatcher.priority(priority)
    await dispatcher.run()
  }

  static async #giveUp(delivery: MailDelivery, reason: string | null, attempts: number) {
    delivery.merge({
      status: 'failed',
      failedAt: DateTime.now(),
      attempts,
      lastError: reason,
      // A login link is of no use to anyone any more, and it is a secret: drop it.
      message: delivery.expiring ? null : delivery.message,
    })
    await delivery.save()
    await recordAudit('mail.failed', {
      user: await this.#recipientUser(delivery),
      meta: { delivery: delivery.id, recipient: delivery.recipient, subject: delivery.subject, error: reason ?? 'deadline passed', attempts },
    })
    logger.error({ delivery: delivery.id, attempts, reason }, 'mail given up: staff see it under E-Mails in the console')
  }

  /** The portal account the mail was for, when there is one (support mails have none). */
  static async #recipientUser(delivery: MailDelivery) {
    return User.findByEmail(delivery.recipient)
  }
}
