import { BaseCheck, Result } from '@adonisjs/core/health'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'

/**
 * Every migration of the core and the plugins has run: a new release whose
 * migrations are still pending must not get traffic (it would answer with
 * errors about missing columns).
 */
export default class MigrationsCheck extends BaseCheck {
  name = 'migrations'

  async run() {
    try {
      // Checked first: listing migrations would otherwise create the table in an empty database.
      if (!(await db.connection().schema.hasTable('adonis_schema')))
        return Result.failed('the database has never been migrated')
      const list = await new MigrationRunner(db, app, { direction: 'up', dryRun: true }).getList()
      const pending = list.filter((migration) => migration.status === 'pending').length
      if (pending > 0)
        return Result.failed('migrations are pending: run node ace migration:run --force')
      return Result.ok('all migrations have run')
    } catch {
      return Result.failed('migrations cannot be checked')
    }
  }
}
