import type { ApplicationService } from '@adonisjs/core/types'
import env from '#start/env'
import { embeddedDatabasePort, usesEmbeddedDatabase } from '#config/database'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '#services/embedded_postgres'

/**
 * The no-server default: without DB_HOST, make sure an embedded PostgreSQL
 * (PGlite over the wire protocol) listens on 127.0.0.1:EMBEDDED_DB_PORT before
 * Lucid opens its first connection. A second process (an ace command next to
 * `npm run dev`) finds the port taken and connects to the one already running
 * instead of opening the same data folder twice.
 */
export default class EmbeddedDatabaseProvider {
  #server?: EmbeddedPostgres

  constructor(protected app: ApplicationService) {}

  /**
   * `start`, not `boot`: ace commands that never start the app (codegen,
   * make:*) must not open the database, or its socket keeps them running.
   */
  async start() {
    if (!usesEmbeddedDatabase) return
    this.#server = await startEmbeddedPostgres({
      dataDir: env.get('EMBEDDED_DB_DIR') ?? this.app.tmpPath('pgdata'),
      port: embeddedDatabasePort,
      logger: await this.app.container.make('logger'),
    })
  }

  async shutdown() {
    await this.#server?.close()
  }
}
