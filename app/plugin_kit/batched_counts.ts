import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { RawQueryBindings } from '@adonisjs/lucid/types/querybuilder'

/**
 * Counts asked for in the same turn of the event loop, on the same
 * connection, go to PostgreSQL as one statement:
 *
 *   select (select count(*) from (…) as counted) as c0, (select count(*) from (…) as counted) as c1
 *
 * A page's navigation badges and dashboard widgets each count something (the
 * requests waiting for the customer, the failed mails, …); asked for
 * together they cost one round trip instead of one each. Each
 * count is the same SQL it would be alone, so the numbers cannot differ.
 * If the statement fails, every count in it fails with the same error.
 */
type PendingCount = {
  sql: string
  bindings: readonly unknown[]
  resolve: (count: number) => void
  reject: (error: unknown) => void
}

type Batch = { client: QueryClientContract; counts: PendingCount[] }

/**
 * Open batches by connection. A transaction is its own connection: its
 * counts must see its writes, so they are batched with its own only.
 */
const open = new Map<unknown, Batch>()

/** How many rows `sql` returns, counted in the next batch of `client`'s connection. */
export function countInBatch(
  client: QueryClientContract,
  sql: string,
  bindings: readonly unknown[]
): Promise<number> {
  const key = client.isTransaction ? client : `connection:${client.connectionName}`
  return new Promise((resolve, reject) => {
    let batch = open.get(key)
    if (!batch) {
      batch = { client, counts: [] }
      open.set(key, batch)
      // After this turn's other code (and its promise callbacks) has asked for its counts.
      setImmediate(() => {
        open.delete(key)
        void run(batch!)
      })
    }
    batch.counts.push({ sql, bindings, resolve, reject })
  })
}

async function run({ client, counts }: Batch) {
  const columns = counts.map(
    ({ sql }, index) => `(select count(*) from (${sql}) as counted) as c${index}`
  )
  try {
    const result = await client.rawQuery<{ rows: Array<Record<string, string>> }>(
      `select ${columns.join(', ')}`,
      counts.flatMap(({ bindings }) => bindings) as RawQueryBindings
    )
    const [row] = result.rows
    counts.forEach(({ resolve }, index) => resolve(Number(row[`c${index}`])))
  } catch (error) {
    for (const { reject } of counts) reject(error)
  }
}
