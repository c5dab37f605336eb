import { BaseCheck, Result } from '@adonisjs/core/health'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'

/** PostgreSQL answers a query. The reason of a failure goes to the log, not to whoever asks. */
export default class DatabaseCheck extends BaseCheck {
  name = 'database'

  async run() {
    try {
      await db.rawQuery('SELECT 1')
      return Result.ok('PostgreSQL answers')
    } catch (error) {
      logger.error({ err: error }, 'health: the database does not answer')
      return Result.failed('PostgreSQL does not answer')
    }
  }
}
