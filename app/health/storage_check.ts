import { BaseCheck, Result } from '@adonisjs/core/health'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'

/**
 * The file store (local disk or S3) answers with these credentials: asking
 * for a key that does not exist is a round trip that needs no write.
 */
export default class StorageCheck extends BaseCheck {
  name = 'storage'

  async run() {
    try {
      await drive.use().exists('health/probe')
      return Result.ok('the file store answers')
    } catch (error) {
      logger.error({ err: error }, 'health: the file store does not answer')
      return Result.failed('the file store does not answer')
    }
  }
}
