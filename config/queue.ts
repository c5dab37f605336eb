import { fileURLToPath } from 'node:url'
import env from '#start/env'
import { defineConfig, drivers } from '@adonisjs/queue'
import { usesEmbeddedDatabase } from '#config/database'

/**
 * Background jobs (every mail, and whatever plugins hand off) are persistent:
 * they survive a restart or a crash of every process and are retried with
 * backoff. PostgreSQL holds them by default, so the embedded and one-server
 * setups need nothing more; QUEUE_DRIVER=redis moves them to Redis for
 * larger installs.
 *
 * The web process runs a worker itself (QUEUE_WORKER=web, the default);
 * with QUEUE_WORKER=separate only `node ace portal:worker` processes jobs.
 */
export const workerInWebProcess = env.get('QUEUE_WORKER', 'web') === 'web'

/** Job files of the core and of every plugin, found where the app runs (sources or build/). */
const root = new URL('../', import.meta.url)
const jobFiles = (folder: string) => fileURLToPath(new URL(`${folder}/**/*.{ts,js}`, root))

const driver = env.get('QUEUE_DRIVER', 'database')

const queueConfig = defineConfig({
  default: driver,

  /**
   * Only the chosen adapter is declared: the package resolves every adapter
   * at boot, and a Redis adapter would connect to Redis even when unused.
   */
  adapters:
    driver === 'redis'
      ? { redis: drivers.redis({ connectionName: 'main' }) }
      : {
          /**
           * A connection of its own on a real server (config/database.ts):
           * the adapter lives as long as the process and must never pick up
           * a transaction of the main connection. The embedded PostgreSQL
           * serves one connection only, so there the jobs share it.
           */
          database: drivers.database({
            connectionName: usesEmbeddedDatabase ? 'postgres' : 'queue',
          }),
        },

  worker: {
    /**
     * Jobs at a time. Each idle look for work runs a couple of short
     * transactions per slot; the embedded PostgreSQL serves one connection,
     * so there one slot is plenty.
     */
    concurrency: usesEmbeddedDatabase ? 1 : 5,
    /** how long an idle worker waits before it looks for jobs again */
    idleDelay: '2s',
    /**
     * A job whose worker died (kill -9, a crash) is handed to another worker
     * after this long; running jobs renew their claim every half of it.
     */
    stalledThreshold: '30s',
    stalledInterval: '15s',
    /** jobs are never dropped for having stalled: mail jobs cannot crash a worker themselves */
    maxStalledCount: 1000,
  },

  locations: [jobFiles('app/jobs'), jobFiles('plugins/*/jobs')],
})

export default queueConfig
