import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import logger from '@adonisjs/core/services/logger'
import SupportMailbox from '../services/support_mailbox.js'
import InboundMailProcessor from '../services/inbound_mail_processor.js'

/**
 * Replies by email (docs/mail-replies.md), every IMAP_POLL_EVERY (scheduled
 * through the manifest's `schedules`): new mails are stored, then every
 * stored mail not yet handled is posted or held for review. A mailbox that
 * cannot be read (server down, wrong password) is logged and recorded for
 * the review page; mails stored earlier are still processed, and the
 * mailbox is simply read again next run (its mails stay where they are).
 */
export default class FetchSupportMailboxJob extends Job<Record<string, never>> {
  static options: JobOptions = { maxRetries: 0, removeOnComplete: true, removeOnFail: true }

  async execute() {
    try {
      const stored = await SupportMailbox.fetch()
      if (stored) logger.info({ stored }, 'new mails from the support mailbox')
    } catch (error) {
      logger.warn({ err: error }, 'the support mailbox could not be read: trying again next run')
    }
    await InboundMailProcessor.processPending()
  }
}
