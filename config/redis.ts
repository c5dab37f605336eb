import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Only used with QUEUE_DRIVER=redis (background jobs in Redis). Nothing
 * connects to Redis otherwise: connections are opened on first use.
 */
const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD', ''),
      db: env.get('REDIS_DB', 0),
      keyPrefix: '',
      /** keep reconnecting while Redis is away: the jobs wait there */
      retryStrategy: (times) => Math.min(times * 200, 5000),
      /**
       * …but a command gives up after a few tries instead of waiting for
       * Redis to come back: a request that hands off a mail must not hang
       * (the mail is stored in PostgreSQL and queued again later).
       */
      maxRetriesPerRequest: 3,
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
