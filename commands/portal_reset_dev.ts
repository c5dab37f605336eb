import { rm } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace portal:reset-dev — starts the embedded development database over:
 * deletes its data folder, so the next `npm run dev` migrates a fresh
 * database and creates the demo data again (after a plugin's migration
 * changed, or to see the first start). Files under storage/ stay; nothing
 * points to them any more.
 * Refuses with a PostgreSQL server (DB_HOST), in production, and while
 * `npm run dev` still holds the database.
 */
export default class PortalResetDev extends BaseCommand {
  static commandName = 'portal:reset-dev'
  static description =
    'Delete the embedded development database (the next npm run dev starts fresh)'
  static options: CommandOptions = { startApp: false }

  async run() {
    const { default: env } = await import('#start/env')
    const { embeddedDatabasePort, usesEmbeddedDatabase } = await import('#config/database')
    if (this.app.inProduction || !usesEmbeddedDatabase) {
      this.logger.error(
        'Only the embedded development database can be reset (no DB_HOST, not in production)'
      )
      this.exitCode = 1
      return
    }
    if (await listening(embeddedDatabasePort)) {
      this.logger.error(
        `The embedded database is in use on port ${embeddedDatabasePort}: stop npm run dev first`
      )
      this.exitCode = 1
      return
    }
    const folder = env.get('EMBEDDED_DB_DIR') ?? this.app.tmpPath('pgdata')
    await rm(folder, { recursive: true, force: true })
    this.logger.action(`delete ${this.app.relativePath(folder)}`).succeeded()
    this.logger.success('Reset. npm run dev creates the database and the demo data again.')
  }
}

/** Whether something accepts connections on 127.0.0.1:port (the dev server's embedded database). */
function listening(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
