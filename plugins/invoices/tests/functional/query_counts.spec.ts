import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { queryCounts } from '#tests/helpers/query_counter'

/**
 * The invoices pages cost the same number of SQL statements with 1 invoice as
 * with 100 (no query per row). Rows are written with SQL, without files: the
 * pages are under test here.
 */
async function addInvoices(organizationId: number, count: number) {
  const tag = `${organizationId}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
  await db.rawQuery(
    `INSERT INTO invoices (organization_id, number, issued_on, due_on, amount_cents, currency, file_key, file_size, created_at, updated_at)
     SELECT ?, 'R-Q-' || ? || '-' || i, current_date - i, current_date - i + 14, 1000 * i, 'EUR', 'invoices/q/' || ? || '-' || i || '.pdf', 1000, now(), now()
     FROM generate_series(1, ?::int) AS i`,
    [organizationId, tag, tag, count]
  )
}

test.group('Invoices | queries per page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customer and staff pages: the same number of queries with 1 and with 100 invoices', async ({
    assert,
  }) => {
    const { user, http: customer } = await customerClient(`Zählung ${Date.now()} GmbH`)
    const { http: staff } = await staffClient('admin')
    await addInvoices(user.organizationId!, 1)
    const customerPages = ['/dashboard', '/invoices', '/invoices?status=open']
    const staffPages = [
      '/admin',
      '/admin/invoices',
      `/admin/invoices?organization=${user.organizationId}`,
    ]
    const few = {
      ...(await queryCounts(customer, customerPages)),
      ...(await queryCounts(staff, staffPages)),
    }
    await addInvoices(user.organizationId!, 99)
    const many = {
      ...(await queryCounts(customer, customerPages)),
      ...(await queryCounts(staff, staffPages)),
    }
    assert.deepEqual(many, few)
    console.log('queries per invoices page', few)
  })
})
