import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { makeCustomer } from '#tests/helpers/customers'
import { emptyDatabase } from '#tests/helpers/database'
import { countQueries } from '#tests/helpers/query_counter'
import { countAll, countUpTo } from '#plugin_kit/pagination'

/**
 * Counts asked for together (a page's badges and widgets) go to PostgreSQL as
 * one statement (app/plugin_kit/batched_counts.ts), and each still gets its
 * own number.
 */
test.group('Batched counts', (group) => {
  // Not in a global transaction: the last test needs a transaction of its own beside the pool.
  // (empty before and after each test: the counts are of whole tables)
  group.each.setup(async () => {
    await emptyDatabase()
    return emptyDatabase
  })

  test('counts asked for at once: one statement, each its own number', async ({ assert }) => {
    const clara = await makeCustomer('Zählerei GmbH')
    await makeCustomer('Zählerei GmbH')
    await makeCustomer('Andere GmbH')
    let numbers: number[] = []
    const statements = await countQueries(async () => {
      numbers = await Promise.all([
        countAll(User.query().where('organization_id', clara.organizationId!)),
        countAll(User.query().where('role', 'customer')),
        countUpTo(db.from('users').where('role', 'customer'), 2),
        countAll(User.query().where('role', 'staff')),
      ])
    })
    assert.deepEqual(numbers, [2, 3, 2, 0])
    assert.lengthOf(statements, 1)
  })

  test('a count that fails fails the counts of its statement, and the next batch works', async ({
    assert,
  }) => {
    await makeCustomer()
    const results = await Promise.allSettled([
      countAll(User.query().where('role', 'customer')),
      countAll(db.from('no_such_table')),
    ])
    assert.deepEqual(
      results.map((result) => result.status),
      ['rejected', 'rejected']
    )
    assert.equal(await countAll(User.query().where('role', 'customer')), 1)
  })

  test('a transaction counts its own rows, apart from the connection outside it', async ({
    assert,
  }) => {
    await makeCustomer()
    const trx = await db.transaction()
    try {
      await trx.rawQuery(
        `INSERT INTO users (email, role, staff_role, status, plugin_settings, created_at, updated_at)
         VALUES ('sam@agentur.test', 'staff', 'admin', 'active', '{}', now(), now())`
      )
      const [inside, outside] = await Promise.all([
        countAll(User.query({ client: trx }).where('role', 'staff')),
        countAll(User.query().where('role', 'staff')),
      ])
      assert.deepEqual([inside, outside], [1, 0])
    } finally {
      await trx.rollback()
    }
  })
})
