import type { ApplicationService } from '@adonisjs/core/types'

/** How often a failed schedule registration is tried again (the database may still be starting). */
const SCHEDULE_RETRY_MS = 60_000

/**
 * Durable background work (config/queue.ts). Every `mail.sendLater()` goes
 * to the persistent outbox instead of the mail package's in-memory queue;
 * the web server runs a queue worker itself unless QUEUE_WORKER=separate,
 * and registers the outbox's housekeeping. On shutdown the worker lets
 * running jobs finish; the HTTP server has stopped taking requests by then
 * (it closes in the app's "terminating" hook, before providers shut down),
 * and the database closes after this provider (reverse order).
 */
export default class BackgroundJobsProvider {
  #worker?: { stop(): Promise<void> }
  #retry?: NodeJS.Timeout

  constructor(protected app: ApplicationService) {}

  async boot() {
    const mail = await this.app.container.make('mail.manager')
    const { default: OutboxMessenger } = await import('#mails/outbox_messenger')
    mail.setMessenger((mailer) => new OutboxMessenger(mailer.name))
  }

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const { workerInWebProcess } = await import('#config/queue')
    if (workerInWebProcess) {
      const { startQueueWorker } = await import('#services/queue_worker')
      this.#worker = await startQueueWorker(this.app)
    }
    await this.#scheduleHousekeeping()
  }

  /**
   * The outbox's housekeeping, once a minute (whichever worker is free), and
   * the plugins' scheduled jobs.
   * Registering again on every start keeps the schedule current. A database
   * that is away (or not migrated yet) must not keep the server from
   * starting: then it is tried again every minute.
   */
  async #scheduleHousekeeping() {
    try {
      const { default: MaintainMailOutboxJob } = await import('#jobs/maintain_mail_outbox_job')
      await MaintainMailOutboxJob.schedule({}).id('portal.maintain_mail_outbox').every('1m').run()
      const { default: PluginRegistry } = await import('#plugin_kit/plugin_registry')
      const { schedulePluginJobs } = await import('#plugin_kit/plugin_schedules')
      await schedulePluginJobs(await this.app.container.make(PluginRegistry))
    } catch (error) {
      const logger = await this.app.container.make('logger')
      logger.warn(
        { err: error },
        'the mail outbox housekeeping could not be scheduled yet: trying again in a minute'
      )
      this.#retry = setTimeout(() => void this.#scheduleHousekeeping(), SCHEDULE_RETRY_MS)
      this.#retry.unref()
    }
  }

  async shutdown() {
    clearTimeout(this.#retry)
    await this.#worker?.stop()
  }
}
