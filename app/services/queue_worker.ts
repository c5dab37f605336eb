import type { ApplicationService } from '@adonisjs/core/types'
import { Worker } from '@adonisjs/queue'
import type { QueueManagerConfig } from '@adonisjs/queue/types'

/**
 * A queue worker inside this process: the web server's (QUEUE_WORKER=web,
 * the default) or `node ace portal:worker`. The caller stops it on shutdown;
 * its own signal handlers are off.
 */
export async function startQueueWorker(
  app: ApplicationService,
  options: { concurrency?: number; queues?: string[] } = {}
) {
  const queues = options.queues ?? ['default']
  const config = app.config.get<QueueManagerConfig & { adapters: Record<string, any> }>('queue')
  const logger = await app.container.make('logger')
  const adapters: QueueManagerConfig['adapters'] = {}
  /**
   * Adapters in the config are factories or AdonisJS config providers
   * (resolved against the container), as @adonisjs/queue's queue:work does:
   * the Worker initialises the queue manager with them again.
   */
  for (const [name, adapter] of Object.entries(config.adapters)) {
    adapters[name] = typeof adapter === 'function' ? adapter : await adapter.resolver(app)
  }
  const worker = new Worker({
    ...config,
    adapters,
    autoLoadJobs: false,
    jobFactory: (JobClass) => app.container.make(JobClass),
    logger,
    // The process's own shutdown (app.terminate) stops this worker, after the HTTP server.
    worker: {
      ...config.worker,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      gracefulShutdown: false,
    },
  })

  const running = worker.start(queues).catch((error) => {
    logger.error(
      { err: error },
      'the queue worker stopped: background jobs wait until the next start'
    )
  })

  return {
    /** Stops taking new jobs, then waits for the running ones to finish. */
    async stop() {
      await worker.stop()
      await running
      // A job taken in the very moment stop() began is not in the first wait: wait for it too.
      await worker.stop()
    },
  }
}
