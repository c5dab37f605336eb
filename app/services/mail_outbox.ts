import { DateTime } from 'luxon'
import encryption from '@adonisjs/core/services/encryption'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { Message } from '@adonisjs/mail'
import type { NodeMailerMessage } from '@adonisjs/mail/types'
import portalConfig from '#config/portal'
import MailDelivery from '#models/mail_delivery'
import User from '#models/user'
import SendMailJob from '#jobs/send_mail_job'
import { recordAudit } from '#services/audit_log'
import { DELIVER_BY_HEADER } from '#mails/delivery_deadline'
import { BADGE_COUNT_UP_TO, countUpTo } from '#plugin_kit/pagination'

/** What the outbox keeps of a mail until it is sent: the rendered message, encrypted. */
export interface StoredMail {
  message: NodeMailerMessage
  sendConfig?: unknown
}

/** A compiled mail as @adonisjs/mail hands it to a messenger. */
export interface CompiledMail {
  message: NodeMailerMessage
  views: Parameters<typeof Message.computeContentsFor>[0]['views']
}

/** Highest priority first (the queue's default is 5): magic links must not wait behind notifications. */
const URGENT_PRIORITY = 1

/**
 * How long one job may hold a mail it is sending. Longer than the slowest
 * SMTP conversation (config/mail.ts timeouts); after that another job may
 * take the mail over, because the worker that held it died.
 */
const LEASE_MINUTES = 5

/** A queued mail nobody touched for this long has lost its job (a crash between storing and queueing it). */
const ORPHANED_AFTER_MINUTES = 2

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

/** Buffers do not survive JSON: attachments given as bytes are kept as base64, which nodemailer reads back. */
function serializable(message: NodeMailerMessage): NodeMailerMessage {
  if (!message.attachments?.length) return message
  return {
    ...message,
    attachments: message.attachments.map((attachment) =>
      Buffer.isBuffer(attachment.content)
        ? { ...attachment, content: attachment.content.toString('base64'), encoding: 'base64' }
        : attachment
    ),
  }
}

/**
 * The portal's outbox: every mail a request hands off (mail.sendLater) is
 * rendered right away, stored encrypted in mail_deliveries and sent by a
 * persistent job (app/jobs/send_mail_job.ts). So nothing is lost when the
 * process dies or SMTP is away: the job is retried with backoff until the
 * mail's deadline, then the mail shows as failed in the admin console, with
 * an audit event, and staff can send it again or dismiss it.
 *
 * A job claims its mail before sending (one conditional UPDATE): a second
 * job for the same mail, a staff retry clicked twice or a recovered job
 * finds it taken or sent and does nothing. Only a crash between SMTP's "250
 * OK" and the record of it sends a mail twice (at least once, never lost).
 */
export default class MailOutbox {
  /** Stores the mail and queues its job; the request does not wait for SMTP. */
  static async handOff(mailer: string, compiled: CompiledMail, sendConfig?: unknown) {
    // Rendered now: the queued mail is plain data, and a broken template fails the request that caused it.
    await Message.computeContentsFor({ ...compiled, sharedState: {} })
    const message = serializable({
      ...compiled.message,
      headers: { ...(compiled.message.headers as Record<string, string>) },
    })
    const headers = message.headers as Record<string, string>
    const deadline = headers[DELIVER_BY_HEADER]
    delete headers[DELIVER_BY_HEADER]
    // RFC 3834: every mail the portal sends is generated, so vacation responders and mailing
    // lists do not answer it (an out-of-office reply to a login link would land with support).
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'auto-submitted'))
      headers['Auto-Submitted'] = 'auto-generated'

    const delivery = await MailDelivery.create({
      mailer,
      recipient: addressesOf(message.to).slice(0, 1000),
      subject: String(message.subject ?? '').slice(0, 1000),
      status: 'queued',
      attempts: 0,
      message: encryption.encrypt({ message, sendConfig } satisfies StoredMail),
      deliverBy: deadline ? DateTime.fromISO(deadline) : this.#defaultDeadline(),
      expiring: Boolean(deadline),
    })
    try {
      await this.#dispatch(delivery.id, deadline ? URGENT_PRIORITY : undefined)
    } catch (error) {
      // Stored is what counts: the housekeeping queues it again (ORPHANED_AFTER_MINUTES), the request goes on.
      logger.warn(
        { err: error, delivery: delivery.id },
        'mail stored but not queued yet: the housekeeping will queue it'
      )
    }
    return delivery
  }

  /**
   * Takes the mail for one sending attempt: only a queued mail, or one whose
   * sender's lease ran out, and only one job at a time. Null when there is
   * nothing to do (taken, sent, given up or gone).
   */
  static async claim(id: number) {
    const now = DateTime.now()
    const taken = await MailDelivery.query()
      .where('id', id)
      .where((claimable) =>
        claimable
          .where('status', 'queued')
          .orWhere((stale) =>
            stale.where('status', 'sending').where('lease_until', '<', now.toSQL()!)
          )
      )
      .update({
        status: 'sending',
        lease_until: now.plus({ minutes: LEASE_MINUTES }).toSQL(),
        attempts: db.raw('attempts + 1'),
        updated_at: now.toSQL(),
      })
    if (!Number(taken)) return null
    return MailDelivery.find(id)
  }

  /** The stored message of a claimed mail, or null when it cannot be read (APP_KEY changed, or emptied). */
  static read(delivery: MailDelivery): StoredMail | null {
    return delivery.message ? encryption.decrypt<StoredMail>(delivery.message) : null
  }

  static async markSent(delivery: MailDelivery) {
    await this.#update(delivery, {
      status: 'sent',
      sent_at: DateTime.now().toSQL(),
      last_error: null,
      message: null,
      lease_until: null,
    })
    logger.info({ delivery: delivery.id, attempts: delivery.attempts }, 'mail sent')
  }

  /**
   * A try failed. Returns true when the job should try again later (with
   * the queue's backoff); false when the outbox gave up on the mail: an
   * answer that will not change, or the deadline has passed.
   */
  static async attemptFailed(delivery: MailDelivery, error: unknown) {
    if (isPermanent(error) || DateTime.now() >= delivery.deliverBy) {
      await this.giveUp(delivery, describe(error))
      return false
    }
    await this.#update(delivery, {
      status: 'queued',
      last_error: describe(error),
      lease_until: null,
    })
    logger.warn(
      { delivery: delivery.id, attempts: delivery.attempts, err: error },
      'mail not delivered yet, will retry'
    )
    return true
  }

  /**
   * No more tries: the mail shows as failed to staff, with an audit event.
   * `reason` is what staff read; without one the last error stays.
   */
  static async giveUp(delivery: MailDelivery, reason: string | null) {
    const lastError = reason ?? delivery.lastError
    await this.#update(delivery, {
      status: 'failed',
      failed_at: DateTime.now().toSQL(),
      last_error: lastError,
      lease_until: null,
      // A magic link is of no use to anyone any more, and it is a secret: drop it.
      ...(delivery.expiring ? { message: null } : {}),
    })
    await recordAudit('mail.failed', {
      user: await this.#recipientUser(delivery),
      meta: {
        delivery: delivery.id,
        recipient: delivery.recipient,
        subject: delivery.subject,
        error: lastError ?? 'deadline passed',
        attempts: delivery.attempts,
      },
    })
    logger.error(
      { delivery: delivery.id, attempts: delivery.attempts, reason: lastError },
      'mail given up: staff see it under E-Mails in the console'
    )
  }

  /**
   * Staff send a failed mail again: a fresh deadline and a new job. Login
   * links cannot be sent again (the person simply asks for a new one). Two
   * clicks at once queue it once.
   */
  static async retry(delivery: MailDelivery, actor: User) {
    const changed = await MailDelivery.query()
      .where('id', delivery.id)
      .where('status', 'failed')
      .where('expiring', false)
      .whereNotNull('message')
      .update({
        status: 'queued',
        attempts: 0,
        failed_at: null,
        deliver_by: this.#defaultDeadline().toSQL(),
        updated_at: DateTime.now().toSQL(),
      })
    if (!Number(changed)) return false
    await recordAudit('mail.retried', {
      actor,
      user: await this.#recipientUser(delivery),
      meta: { delivery: delivery.id, recipient: delivery.recipient, subject: delivery.subject },
    })
    await this.#dispatch(delivery.id)
    return true
  }

  /** Staff have dealt with a failed mail otherwise: it leaves the list of failed ones, its content is deleted. */
  static async dismiss(delivery: MailDelivery, actor: User) {
    const changed = await MailDelivery.query()
      .where('id', delivery.id)
      .where('status', 'failed')
      .update({ status: 'dismissed', message: null, updated_at: DateTime.now().toSQL() })
    if (!Number(changed)) return false
    await recordAudit('mail.dismissed', {
      actor,
      user: await this.#recipientUser(delivery),
      meta: { delivery: delivery.id, recipient: delivery.recipient, subject: delivery.subject },
    })
    return true
  }

  /**
   * Mails whose job was lost: stored but never queued (the process died in
   * between), or claimed by a worker that died. Queued again; a job that
   * still exists is not doubled (the dispatch is deduplicated per mail).
   */
  static async requeueOrphans() {
    const now = DateTime.now()
    const orphans = await MailDelivery.query()
      .select('id', 'expiring')
      .where((stuck) =>
        stuck
          .where((queued) =>
            queued
              .where('status', 'queued')
              .where('updated_at', '<', now.minus({ minutes: ORPHANED_AFTER_MINUTES }).toSQL()!)
          )
          .orWhere((sending) =>
            sending.where('status', 'sending').where('lease_until', '<', now.toSQL()!)
          )
      )
      .limit(500)
    for (const orphan of orphans)
      await this.#dispatch(orphan.id, orphan.expiring ? URGENT_PRIORITY : undefined)
    return orphans.length
  }

  /** How many mails wait and how many failed (the console's filters). Sent mails are most of the table: not counted. */
  static async openCounts() {
    const rows = await MailDelivery.query()
      .whereIn('status', ['queued', 'sending', 'failed'])
      .select('status')
      .count('* as total')
      .groupBy('status')
    const total = (status: string) =>
      Number(rows.find((row) => row.status === status)?.$extras.total ?? 0)
    return { queued: total('queued') + total('sending'), failed: total('failed') }
  }

  /** The console's badge: mails staff should look at. */
  static failedCount() {
    return countUpTo(MailDelivery.query().where('status', 'failed'), BADGE_COUNT_UP_TO)
  }

  static canRetry(delivery: MailDelivery) {
    return delivery.status === 'failed' && !delivery.expiring && delivery.message !== null
  }

  static #defaultDeadline() {
    return DateTime.now().plus({ milliseconds: portalConfig.mail.giveUpAfterMs })
  }

  static async #dispatch(deliveryId: number, priority?: number) {
    const dispatcher = SendMailJob.dispatch({ deliveryId }).dedup({ id: `mail:${deliveryId}` })
    if (priority !== undefined) dispatcher.priority(priority)
    await dispatcher.run()
  }

  /** A change to a claimed mail: its row, and the model in hand. */
  static async #update(delivery: MailDelivery, columns: Record<string, unknown>) {
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ ...columns, updated_at: DateTime.now().toSQL() })
    await delivery.refresh()
  }

  /** The user the mail was for, when there is one (support mails have none). */
  static async #recipientUser(delivery: MailDelivery) {
    return User.findByEmail(delivery.recipient)
  }
}
