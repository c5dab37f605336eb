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
