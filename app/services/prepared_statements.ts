import { createHash } from 'node:crypto'
import pg from 'pg'
import { PLAN_WITH_VALUES } from '#plugin_kit/plan_with_values'

/**
 * Statements with parameters run as named (server-side prepared) statements,
 * so PostgreSQL parses and plans each of the app's statements once per
 * connection instead of on every request. For the portal's short statements
 * planning is most of PostgreSQL's work, and PostgreSQL shares the machine
 * with the app: measured with pgbench on the benchmark's database, the
 * session-and-user read costs 0.14 ms planned each time and 0.03 ms prepared,
 * a ticket list 0.27 ms and 0.17 ms; under load PostgreSQL used as much CPU
 * as the app itself (docs/performance_history.md, third round).
 *
 * Knex has no switch for this, so the name is added where every statement
 * passes: `pg.Client#query`. The name is a hash of the SQL text: the same
 * text is the same statement, values differ per call.
 *
 * - At most `limit` statements are kept per connection (the app's own
 *   statements come first and stay); statements beyond run unnamed, so a
 *   connection's memory on the server stays bounded.
 * - A migration that changes a table's columns while the app runs (a rolling
 *   deploy) makes PostgreSQL refuse a prepared `select *` with "cached plan
 *   must not change result type": that statement is run again unnamed, and
 *   unnamed from then on, on that connection.
 * - Off with DB_PREPARED_STATEMENTS=false (a pooler in transaction mode that
 *   does not track prepared statements, e.g. PgBouncer before 1.21).
 */
type Callback = (error: Error | null, result?: unknown) => void
type QueryConfig = { text: string; values: unknown[]; name?: string } & Record<string, unknown>
type PreparedState = { names: Set<string>; unnamed: Set<string> }

const state = new WeakMap<pg.Client, PreparedState>()
const nameOfText = new Map<string, string>()
/** The texts whose names are remembered (a hash costs microseconds; the map is a convenience). */
const REMEMBERED_NAMES = 5000
/** SQLSTATE 0A000, raised when a prepared statement's result columns changed. */
const CACHED_PLAN_CHANGED = /cached plan must not change result type/

let enabled = false

export function enablePreparedStatements(limit = 200) {
  if (enabled) return
  enabled = true
  const prototype = pg.Client.prototype as unknown as {
    query: (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) => unknown
  }
  const original = prototype.query
  prototype.query = function preparedQuery(
    this: pg.Client,
    config: unknown,
    values?: unknown,
    callback?: unknown
  ): unknown {
    // query(text, values, callback?) is query({ text, values }, callback?): itself, not the
    // prototype's query, which a test's statement counter may have wrapped (it would count twice)
    if (typeof config === 'string' && Array.isArray(values)) {
      return preparedQuery.call(this, { text: config, values }, callback)
    }
    const named = preparable(config) ? nameFor(this, config, limit) : null
    if (!named) return original.call(this, config, values, callback)
    const run = (query: QueryConfig, done?: Callback) => original.call(this, query, done)
    const done = (typeof values === 'function' ? values : callback) as Callback | undefined
    const retryUnnamed = (error: Error) => {
      if (!CACHED_PLAN_CHANGED.test(error.message)) return false
      const own = state.get(this)!
      own.unnamed.add(named.name!)
      return true
    }
    const unnamed = { ...named, name: undefined }
    if (done) {
      return run(named, (error, result) => {
        if (error && retryUnnamed(error)) return run(unnamed, done)
        done(error, result)
      })
    }
    return (run(named) as Promise<unknown>).catch((error: Error) => {
      if (retryUnnamed(error)) return run(unnamed)
      throw error
    })
  }
}

/** A plain statement with parameters (not a cursor or stream, not named by its caller). */
function preparable(config: unknown): config is QueryConfig {
  if (typeof config !== 'object' || config === null) return false
  const query = config as Partial<QueryConfig> & { submit?: unknown }
  return (
    typeof query.text === 'string' &&
    query.name === undefined &&
    query[PLAN_WITH_VALUES] !== true &&
    typeof query.submit !== 'function' &&
    Array.isArray(query.values) &&
    query.values.length > 0
  )
}

/** The config with its statement's name, or null when it runs unnamed on this connection. */
function nameFor(client: pg.Client, config: QueryConfig, limit: number): QueryConfig | null {
  let own = state.get(client)
  if (!own) {
    own = { names: new Set(), unnamed: new Set() }
    state.set(client, own)
  }
  let name = nameOfText.get(config.text)
  if (!name) {
    name = `portal_${createHash('sha1').update(config.text).digest('base64url')}`
    if (nameOfText.size >= REMEMBERED_NAMES) nameOfText.clear()
    nameOfText.set(config.text, name)
  }
  if (own.unnamed.has(name)) return null
  if (!own.names.has(name)) {
    if (own.names.size >= limit) return null
    own.names.add(name)
  }
  return { ...config, name }
}
