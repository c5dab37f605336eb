import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'
import { usesEmbeddedDatabase } from '#config/database'

/**
 * Rate limits are kept in PostgreSQL by default so that several app
 * instances share them and the embedded default needs no Redis.
 */
const limiterConfig = defineConfig({
  // The embedded PostgreSQL shares one backend across connections, which breaks
  // the limiter's named prepared statements: the single-user default keeps
  // limits in memory instead.
  default: env.get('LIMITER_STORE', usesEmbeddedDatabase ? 'memory' : 'database'),
  stores: {
    database: stores.database({ connectionName: 'limiter', tableName: 'rate_limits' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
