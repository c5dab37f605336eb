import pg from 'pg'

/**
 * Counts the SQL statements this process sends to PostgreSQL while `work`
 * runs (every pool: the app's, the limiter's, the session store's), at the
 * driver, so nothing that reaches the database is missed. Transaction
 * bookkeeping of the test's global transaction (SAVEPOINT, RELEASE…) is
 * left out: it is the test's, not the page's.
 */
const BOOKKEEPING = /^\s*(savepoint|release|rollback|begin|commit)\b/i

export async function countQueries(work: () => Promise<unknown>) {
  const statements: string[] = []
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string }
    const text = typeof first === 'string' ? first : (first?.text ?? '')
    if (!BOOKKEEPING.test(text)) statements.push(text)
    return (original as (...inner: unknown[]) => unknown).apply(this, args)
  } as typeof original
  try {
    await work()
  } finally {
    pg.Client.prototype.query = original
  }
  return statements
}

/**
 * The statements behind one page view (GET, the whole body read), for the
 * tests that a page costs the same number of queries with 1 row as with 100.
 * `PRINT_QUERIES=1` prints them.
 */
export async function queriesOf(
  http: { request(method: string, path: string): Promise<Response> },
  path: string
) {
  let status = 0
  const statements = await countQueries(async () => {
    const response = await http.request('GET', path)
    status = response.status
    await response.arrayBuffer()
  })
  if (status !== 200) throw new Error(`${path} answered ${status}`)
  if (process.env.PRINT_QUERIES) console.log(path, statements)
  return statements
}

/**
 * `queriesOf` for several pages: { path: number of statements }. The first
 * page is seen once before counting: the first page after a login writes
 * the session (a staff member's last-seen time, once a minute), which is
 * not a cost of the page.
 */
export async function queryCounts(http: Parameters<typeof queriesOf>[0], paths: string[]) {
  await (await http.request('GET', paths[0])).arrayBuffer()
  const counts: Record<string, number> = {}
  for (const path of paths) counts[path] = (await queriesOf(http, path)).length
  return counts
}
