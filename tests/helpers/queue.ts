import app from '@adonisjs/core/services/app'
import { startQueueWorker } from '#services/queue_worker'

/**
 * The queue worker the web server runs, started inside the test process for
 * one test (tests run in the "test" environment, where none starts by
 * itself). Stopped by the test's cleanup.
 */
export async function runQueueWorker(cleanup: (handler: () => Promise<void>) => void) {
  const worker = await startQueueWorker(app)
  cleanup(() => worker.stop())
  return worker
}
