import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import db from '@adonisjs/lucid/services/db'
import MailOutbox from '#services/mail_outbox'

/** Sent and dismissed mails stay listed this long (for "did my invitation go out?"); failed and waiting ones stay until handled. */
export const HANDLED_MAILS_KEPT_DAYS = 90

/**
 * The outbox's housekeeping, once a minute (scheduled by
 * providers/background_jobs_provider.ts): mails whose job was lost are
 * queued again, and sent or dismissed mails older than
 * HANDLED_MAILS_KEPT_DAYS are deleted, a few thousand rows at a time so no
 * lock is held for long.
 */
export default class MaintainMailOutboxJob extends Job<Record<string, never>> {
  static options: JobOptions = { maxRetries: 0, removeOnComplete: true, removeOnFail: true }

  async execute() {
    await MailOutbox.requeueOrphans()
    await db.rawQuery(
      `DELETE FROM mail_deliveries WHERE id IN (
         SELECT id FROM mail_deliveries
         WHERE status IN ('sent', 'dismissed') AND created_at < now() - make_interval(days => ?)
         LIMIT 5000
       )`,
      [HANDLED_MAILS_KEPT_DAYS]
    )
  }
}
