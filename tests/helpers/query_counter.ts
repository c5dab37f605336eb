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
