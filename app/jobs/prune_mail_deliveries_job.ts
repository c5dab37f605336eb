import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import db from '@adonisjs/lucid/services/db'

/** Sent mails stay listed this long (for "did my invitation go out?"); failed and waiting ones stay until handled. */
export const SENT_MAILS_KEPT_DAYS = 90

/**
 * Keeps the outbox from growing forever: once a night (scheduled by
 * providers/background_jobs_provider.ts) the sent mails older than
 * SENT_MAILS_KEPT_DAYS are deleted, a few thousand rows per statement so no
 * lock is held for long. Their content was emptied when they were sent.
 */
export default class PruneMailDeliveriesJob extends Job<Record<string, never>> {
  static options: JobOptions = { maxRetries: 3, removeOnComplete: true, removeOnFail: true }

  async execute() {
    for (;;) {
      const { rowCount } = await db.rawQuery(
        `DELETE FROM mail_deliveries WHERE id IN (
           SELECT id FROM mail_deliveries WHERE status = 'sent' AND created_at < now() - make_interval(days => ?) LIMIT 5000
         )`,
        [SENT_MAILS_KEPT_DAYS]
      )
      if (!rowCount) return
    }
  }
}
