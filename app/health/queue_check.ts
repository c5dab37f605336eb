import { BaseCheck, Result } from '@adonisjs/core/health'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'

/** The job queue (PostgreSQL or Redis) can be read: mails handed off now will be kept. */
export default class QueueCheck extends BaseCheck {
  name = 'queue'

  async run() {
    try {
      const queue = await app.container.make('queue.manager')
      await queue.use().sizeOf('default')
      return Result.ok('the job queue answers')
    } catch (error) {
      logger.error({ err: error }, 'health: the job queue does not answer')
      return Result.failed('the job queue does not answer')
    }
  }
}
