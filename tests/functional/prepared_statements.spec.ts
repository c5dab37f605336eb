import { test } from '@japa/runner'
import pg from 'pg'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import User from '#models/user'
import { planWithValues } from '#plugin_kit/plan_with_values'

/**
 * Statements with parameters are prepared once per connection
 * (app/services/prepared_statements.ts, enabled by start/database.ts on a
 * PostgreSQL server). Each test uses a connection of its own, outside the
 * pool, to look at what the server keeps for it.
 */
async function connection() {
  const client = new pg.Client({
    host: env.get('DB_HOST'),
    port: env.get('DB_PORT', 5432),
    user: env.get('DB_USER', 'postgres'),
    password: env.get('DB_PASSWORD'),
    database: env.get('DB_DATABASE'),
  })
  await client.connect()
  return client
}

async function preparedOn(client: pg.Client) {
  const { rows } = await client.query(
    "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'portal\\_%' ORDER BY prepare_time"
  )
  return rows.map((row: { statement: string }) => row.statement)
}

test.group('Prepared statements', () => {
  test('a statement with parameters is prepared once and reused; one without is not', async ({
    assert,
    cleanup,
  }) => {
    const client = await connection()
    cleanup(() => client.end())
    for (const value of [1, 2, 3]) {
      const { rows } = await client.query('SELECT $1::int + 1 AS next', [value])
      assert.equal(rows[0].next, value + 1)
    }
    await client.query('SELECT 1 AS one')
    assert.deepEqual(await preparedOn(client), ['SELECT $1::int + 1 AS next'])
  })

  test('a table changed under a prepared select * (a migration during a deploy) is read again, not refused', async ({
    assert,
    cleanup,
  }) => {
    const client = await connection()
    const table = `prepared_check_${process.pid}`
    cleanup(async () => {
      await client.query(`DROP TABLE IF EXISTS ${table}`)
      await client.end()
    })
    await client.query(`CREATE TABLE ${table} (id int primary key, name text)`)
    await client.query(`INSERT INTO ${table} VALUES (1, 'Clara')`)
    const read = () => client.query(`SELECT * FROM ${table} WHERE id = $1`, [1])
    assert.deepEqual((await read()).rows, [{ id: 1, name: 'Clara' }])
    await client.query(`ALTER TABLE ${table} ADD COLUMN email text`)
    assert.deepEqual((await read()).rows, [{ id: 1, name: 'Clara', email: null }])
    assert.deepEqual((await read()).rows, [{ id: 1, name: 'Clara', email: null }])
  })

  test('a connection keeps at most 200 statements; the ones beyond still run', async ({
    assert,
    cleanup,
  }) => {
    const client = await connection()
    cleanup(() => client.end())
    for (let i = 0; i < 210; i++) {
      const { rows } = await client.query(`SELECT $1::int + ${i} AS sum`, [1])
      assert.equal(rows[0].sum, i + 1)
    }
    assert.lengthOf(await preparedOn(client), 200)
  })

  test('a query planned with its values (a search) is not prepared; the same query unmarked is', async ({
    assert,
  }) => {
    // A connection of its own: a pooled one may already hold the 200 statements it keeps (the
    // whole functional suite runs on the pool), and then the unmarked query would run unnamed too.
    db.manager.add('prepared_check', {
      ...db.getRawConnection(db.primaryConnectionName)!.config,
      pool: { min: 0, max: 1 },
    } as any)
    const ownConnection = db.connection('prepared_check')
    const search = (alias: string) =>
      User.query({ client: ownConnection })
        .select('users.id', db.raw(`1 as ${alias}`))
        .whereILike('users.email', '%kunde%')
    try {
      await planWithValues(search('plan_check_marked'))
      await search('plan_check_unmarked')
      const { rows } = await ownConnection.rawQuery(
        "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%plan\\_check\\_%' ORDER BY statement"
      )
      assert.deepEqual(
        rows.map((row: { statement: string }) => row.statement.match(/plan_check_\w+/)![0]),
        ['plan_check_unmarked']
      )
    } finally {
      await db.manager.close('prepared_check', true)
    }
  })
})
