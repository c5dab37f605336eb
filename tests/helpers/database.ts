import db from '@adonisjs/lucid/services/db'

/**
 * Empties every table of the portal (migrations stay), for browser tests that
 * need a known state. Unlike testUtils.db().truncate() it runs no ace command:
 * those close every database connection when they finish, which leaves
 * long-lived holders of a client (the rate limiter caches its store) with a
 * closed one ("Client was closed and is not queryable" on the next login).
 */
export async function emptyDatabase() {
  const { rows } = await db.rawQuery(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'adonis_schema%'`
  )
  const tables = rows.map((row: { tablename: string }) => `"${row.tablename}"`)
  if (tables.length) await db.rawQuery(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`)
}

type KnexPgClient = { _query(connection: object, query: unknown): Promise<unknown> }

let queriesQueued = false

/**
 * One statement at a time on each PostgreSQL connection, the rest waiting
 * their turn in order (pg@8 queues them itself, with a deprecation warning;
 * pg@9 refuses them).
 *
 * In production the app's queries that run at once (Lucid runs the
 * `.preload()`s of a query side by side; a queue job runs beside a request)
 * each take a connection of the pool. In a test, `wrapInGlobalTransaction()`
 * puts every query of the process (the test's, the in-process server's, the
 * jobs') on the one connection of the test's transaction, so there they
 * arrive together. This makes them wait as they would for a connection.
 * Connections of the pool run one query at a time anyway: nothing changes
 * for them.
 */
export function queueQueriesPerConnection() {
  if (queriesQueued) return
  queriesQueued = true
  const prototype = Object.getPrototypeOf(db.connection().getWriteClient().client) as KnexPgClient
  const run = prototype._query
  const lastOf = new WeakMap<object, Promise<unknown>>()
  prototype._query = function (this: KnexPgClient, connection, query) {
    const previous = lastOf.get(connection)
    const result = previous
      ? previous.then(() => run.call(this, connection, query))
      : run.call(this, connection, query)
    lastOf.set(
      connection,
      result.catch(() => {})
    )
    return result
  }
}
