import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'
import { makeCustomer } from '#tests/helpers/customers'
import { staffClient } from '#tests/helpers/staff'
import { queriesOf, queryCounts } from '#tests/helpers/query_counter'

/**
 * The tickets pages cost the same number of SQL statements with 1 ticket as
 * with 100 (no query per row). The rows are written with SQL: the pages are
 * under test here, not the actions.
 */
let batch = 0

async function addTickets(organizationId: number, userId: number, count: number) {
  batch++
  await db.rawQuery(
    `WITH made AS (
       INSERT INTO tickets (organization_id, number, subject, status, priority, created_by_user_id,
                            last_activity_at, last_customer_message_at, created_at, updated_at)
       SELECT ?, 'Q-' || ? || '-' || i, 'Drucker ' || i, (ARRAY['open','waiting_for_customer','closed'])[1 + i % 3], 'normal', ?,
              now() - i * interval '1 minute', now() - i * interval '1 minute', now(), now()
       FROM generate_series(1, ?::int) AS i RETURNING id, created_by_user_id)
     INSERT INTO tickets_messages (ticket_id, author_user_id, body, is_internal, created_at)
     SELECT id, created_by_user_id, 'Der Drucker druckt nicht', false, now() FROM made`,
    [organizationId, `${process.pid % 1000}${batch}`, userId, count]
  )
}

test.group('Tickets | queries per page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customer pages: the same number of queries with 1 and with 100 tickets', async ({
    assert,
  }) => {
    const { user, http } = await customerClient(`Zählung ${Date.now()} GmbH`)
    await addTickets(user.organizationId!, user.id, 1)
    const [first] = await db
      .from('tickets')
      .where('organization_id', user.organizationId!)
      .select('id')
    const pages = ['/dashboard', '/tickets', '/tickets?q=Drucker', `/tickets/${first.id}`]
    const few = await queryCounts(http, pages)
    await addTickets(user.organizationId!, user.id, 99)
    assert.deepEqual(await queryCounts(http, pages), few)
    console.log('queries per tickets customer page', few)

    // The badge and the dashboard widget show one number, counted once (oncePerRequest),
    // in the same statement as the page's other counts (countInBatch).
    const dashboard = await queriesOf(http, '/dashboard')
    const waitingCounts = dashboard.flatMap(
      (sql) => sql.match(/from "tickets" where [^)]*and "tickets"\."status" = \$\d+\)/g) ?? []
    )
    assert.lengthOf(waitingCounts, 1)
    assert.lengthOf(
      dashboard.filter((sql) => sql.includes(') as counted) as c0')),
      1,
      'the dashboard counts in one statement'
    )
  })

  test('staff pages: the same number of queries with 1 and with 100 tickets across organizations', async ({
    assert,
  }) => {
    const { http } = await staffClient('admin')
    const { user } = await customerClient(`Zählung ${Date.now()} GmbH`)
    await addTickets(user.organizationId!, user.id, 1)
    const [first] = await db
      .from('tickets')
      .where('organization_id', user.organizationId!)
      .select('id')
    const pages = [
      '/admin',
      '/admin/tickets',
      '/admin/tickets?q=Drucker',
      '/admin/tickets?flag=unread',
      `/admin/tickets/${first.id}`,
    ]
    const few = await queryCounts(http, pages)
    for (let i = 0; i < 99; i++) {
      const other = await makeCustomer(`Weitere ${i} ${Date.now()} GmbH`)
      await addTickets(other.organizationId!, other.id, 1)
    }
    await addTickets(user.organizationId!, user.id, 99)
    assert.deepEqual(await queryCounts(http, pages), few)
    console.log('queries per tickets staff page', few)
  })
})
