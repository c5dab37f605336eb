import pg from 'pg'

/**
 * A PostgreSQL database of its own for the built app (the test run's
 * portal_test stays untouched), created empty on the same server, and a
 * plain client to look into it.
 */
const server = { host: '127.0.0.1', port: 5432, user: 'postgres' }

export async function createDatabase(purpose: string) {
  // One per test run: a leftover instance of an interrupted run can never reach this run's data.
  const name = `portal_production_${purpose}_${process.pid}`
  const admin = new pg.Client({ ...server, database: 'postgres' })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const client = new pg.Client({ ...server, database: name })
  // A connection ended from the server side (a test that stops PostgreSQL access) is not a crash of the run.
  client.on('error', () => {})
  await client.connect()
  return {
    name,
    /** The environment that points the built app at this database. */
    env: {
      DB_HOST: server.host,
      DB_PORT: String(server.port),
      DB_USER: server.user,
      DB_DATABASE: name,
    },
    query: <Row extends Record<string, any> = Record<string, any>>(
      sql: string,
      values: unknown[] = []
    ) => client.query<Row>(sql, values).then((result) => result.rows),
    /** Closes the connection and drops the database. */
    async close() {
      await client.end()
      const cleanup = new pg.Client({ ...server, database: 'postgres' })
      await cleanup.connect()
      await cleanup
        .query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        .finally(() => cleanup.end())
    },
  }
}

/** An existing database (the benchmark's BENCH_REUSE), with the same shape as a created one; close() keeps it. */
export async function openDatabase(name: string) {
  const client = new pg.Client({ ...server, database: name })
  await client.connect()
  return {
    name,
    env: {
      DB_HOST: server.host,
      DB_PORT: String(server.port),
      DB_USER: server.user,
      DB_DATABASE: name,
    },
    query: <Row extends Record<string, any> = Record<string, any>>(
      sql: string,
      values: unknown[] = []
    ) => client.query<Row>(sql, values).then((result) => result.rows),
    close: () => client.end(),
  }
}

export type ProductionDatabase = Awaited<ReturnType<typeof createDatabase>>
