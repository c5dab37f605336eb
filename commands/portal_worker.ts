import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace portal:worker [--concurrency N]
 * Runs background jobs (every mail, plugins' jobs) in a process of its own,
 * for installs that set QUEUE_WORKER=separate on their web processes. Any
 * number may run; each job is taken by one of them. SIGTERM (or Ctrl+C) lets
 * the running jobs finish, then the process exits 0.
 */
export default class PortalWorker extends BaseCommand {
  static commandName = 'portal:worker'
  static description = 'Run background jobs (mail) in a process of its own'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  @flags.number({ description: 'Jobs at a time (default: worker.concurrency in config/queue.ts)' })
  declare concurrency?: number

  async run() {
    const { startQueueWorker } = await import('#services/queue_worker')
    const queue = await this.app.container.make('queue.manager')
    // Outside the web server nothing has loaded the job classes (core and plugins) yet.
    await queue.loadJobs()
    // Jobs may build links (urlFor): the routes must be known.
    const router = await this.app.container.make('router')
    router.commit()

    const worker = await startQueueWorker(this.app, { concurrency: this.concurrency })
    this.logger.info(
      'worker started: waiting for jobs (SIGTERM or Ctrl+C stops it after the running jobs)'
    )

    /**
     * Stopping is part of the app's termination (bin/console.ts on SIGTERM):
     * the running jobs finish before the providers close the database.
     */
    this.app.terminating(() => worker.stop())
    // Ctrl+C in a terminal: the same way out as SIGTERM.
    process.once('SIGINT', () => process.kill(process.pid, 'SIGTERM'))
  }
}
