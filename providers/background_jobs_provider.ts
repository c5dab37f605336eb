import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Durable background work (config/queue.ts). Every `mail.sendLater()` goes
 * to the persistent outbox instead of the mail package's in-memory queue;
 * the web server runs a queue worker itself unless QUEUE_WORKER=separate.
 * On shutdown the worker lets running jobs finish (the HTTP server has
 * stopped taking requests by then: providers shut down in reverse order).
 */
export default class BackgroundJobsProvider {
  #worker?: { stop(): Promise<void> }

  constructor(protected app: ApplicationService) {}

  async boot() {
    const mail = await this.app.container.make('mail.manager')
    const { default: OutboxMessenger } = await import('#mails/outbox_messenger')
    mail.setMessenger((mailer) => new OutboxMessenger(mailer.name))
  }

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const { workerInWebProcess } = await import('#config/queue')
    if (!workerInWebProcess) return
    const { startQueueWorker } = await import('#services/queue_worker')
    this.#worker = await startQueueWorker(this.app)
  }

  async shutdown() {
    await this.#worker?.stop()
  }
}
