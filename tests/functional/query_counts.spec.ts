import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'
import { makeCustomer } from '#tests/helpers/customers'
import { staffClient } from '#tests/helpers/staff'
import { queryCounts } from '#tests/helpers/query_counter'

/**
 * The number of SQL statements behind a page must not grow with the data: a
 * page that loads a relation per row (N+1) is fast with 20 rows and slow with
 * a million. The core's pages are counted with 1 and with 100 of what they
 * list (colleagues, organizations, audit events); each plugin counts its own
 * pages the same way (plugins/<id>/tests/functional/query_counts.spec.ts).
 */
async function addAuditEvents(organizationId: number, userId: number, count: number) {
  await db.rawQuery(
    `INSERT INTO audit_events (event, user_id, organization_id, meta, created_at)
     SELECT 'login.completed', ?, ?, '{}'::jsonb, now() - i * interval '1 minute' FROM generate_series(1, ?::int) AS i`,
    [userId, organizationId, count]
  )
}

test.group('Queries per page | the core', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customer pages: the same number of queries with 1 and with 100 colleagues and events', async ({
    assert,
  }) => {
    const organization = `Zählung ${Date.now()} GmbH`
    const { user, http } = await customerClient(organization)
    const pages = ['/dashboard', '/account']
    const few = await queryCounts(http, pages)
    for (let i = 0; i < 99; i++) await makeCustomer(organization)
    await addAuditEvents(user.organizationId!, user.id, 100)
    assert.deepEqual(await queryCounts(http, pages), few)
    console.log('queries per core customer page', few)
  })

  test('staff pages: the same number of queries with 1 and with 100 organizations, customers and events', async ({
    assert,
  }) => {
    const { http } = await staffClient('admin')
    const { user } = await customerClient(`Zählung ${Date.now()} GmbH`)
    const pages = [
      '/admin',
      '/admin/organizations',
      `/admin/organizations/${user.organizationId}`,
      `/admin/customers/${user.id}`,
      '/admin/audit',
      '/admin/staff',
    ]
    const few = await queryCounts(http, pages)
    for (let i = 0; i < 99; i++) {
      const other = await makeCustomer(`Weitere ${i} ${Date.now()} GmbH`)
      await addAuditEvents(other.organizationId!, other.id, 1)
    }
    await addAuditEvents(user.organizationId!, user.id, 100)
    assert.deepEqual(await queryCounts(http, pages), few)
    console.log('queries per core staff page', few)
  })
})
