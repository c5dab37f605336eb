import env from '#start/env'
import { defineConfig } from '@adonisjs/lucid'
import enabledPlugins from '#config/plugins'
import { pluginFolders } from '#plugin_kit/plugin_folders'

/**
 * PostgreSQL always. With DB_HOST the configured server; without it the
 * embedded PostgreSQL that providers/embedded_database_provider.ts starts on
 * 127.0.0.1:EMBEDDED_DB_PORT. The embedded one serves one connection, so the
 * pool is kept at one.
 */
export const usesEmbeddedDatabase = !env.get('DB_HOST')
export const embeddedDatabasePort = env.get('EMBEDDED_DB_PORT', 54329)

/** Core first, then each plugin's own folder (enabled ones in dependency order). */
const migrations = {
  naturalSort: true,
  paths: [
    'database/migrations',
    ...pluginFolders(Object.keys(enabledPlugins)).map((id) => `plugins/${id}/database/migrations`),
  ],
}

/** The configured server (used when DB_HOST is set). */
const serverConnection = {
  host: env.get('DB_HOST'),
  port: env.get('DB_PORT', 5432),
  user: env.get('DB_USER', 'postgres'),
  password: env.get('DB_PASSWORD'),
  database: env.get('DB_DATABASE', 'portal'),
}

const dbConfig = defineConfig({
  connection: 'postgres',
  connections: {
    postgres: usesEmbeddedDatabase
      ? {
          client: 'pg',
          connection: {
            host: '127.0.0.1',
            port: embeddedDatabasePort,
            user: 'postgres',
            database: 'postgres',
          },
          pool: { min: 0, max: 1 },
          migrations,
        }
      : { client: 'pg', connection: serverConnection, migrations },
    /**
     * The rate limiter's own small pool on the same server. The limiter keeps
     * its store (and its client) for the life of the process; on a connection
     * of its own it never picks up a transaction of the main one (the test
     * suite wraps tests in global transactions on the main connection).
     */
    limiter: { client: 'pg', connection: serverConnection, pool: { min: 0, max: 2 } },
    /**
     * The same for the job queue's adapter (config/queue.ts), which also
     * lives as long as the process. Not used on the embedded database.
     */
    queue: { client: 'pg', connection: serverConnection, pool: { min: 0, max: 5 } },
  },
})

export default dbConfig
