/*
|--------------------------------------------------------------------------
| Health checks
|--------------------------------------------------------------------------
| GET /health/ready (app/middleware/health_middleware.ts) runs these: a
| proxy or orchestrator sends traffic only while all of them pass. The
| slower ones are cached for a few seconds, since probes come often.
*/
import { HealthChecks } from '@adonisjs/core/health'
import DatabaseCheck from '#health/database_check'
import MigrationsCheck from '#health/migrations_check'
import QueueCheck from '#health/queue_check'
import StorageCheck from '#health/storage_check'

export const readinessChecks = new HealthChecks().register([
  new DatabaseCheck(),
  new MigrationsCheck().cacheFor('10 seconds'),
  new QueueCheck(),
  new StorageCheck().cacheFor('5 seconds'),
])
