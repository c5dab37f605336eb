import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import HttpAgent from '#tests/helpers/http_agent'
import { enrol } from '#tests/helpers/login'
import { makeCustomer } from '#tests/helpers/customers'
import { staffAgent } from '#tests/helpers/staff'
import { countQueries } from '#tests/helpers/query_counter'

/**
 * The number of SQL statements behind a page must not grow with the data: a
 * page that loads a relation per row (N+1) is fast with 20 rows and slow with
 * a million. Each page is counted with 1 ticket (and 1 invoice) and again
 * with 100 of each; both counts must be the same. The rows are written with
 * SQL (the pages are what is under test, not the plugins' actions).
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

async function addInvoices(organizationId: number, count: number) {
  await db.rawQuery(
    `INSERT INTO invoices (organization_id, number, issued_on, due_on, amount_cents, currency, file_key, file_size, created_at, updated_at)
     SELECT ?, 'R-Q-' || ? || '-' || i, current_date - i, current_date - i + 14, 1000 * i, 'EUR', 'invoices/q/' || ? || '-' || i || '.pdf', 1000, now(), now()
     FROM generate_series(1, ?::int) AS i`,
    [organizationId, `${organizationId}-${Date.now()}`, `${organizationId}-${Date.now()}`, count]
  )
}

async function queriesOf(agent: HttpAgent, path: string, print = false) {
  let status = 0
  const statements = await countQueries(async () => {
    const response = await agent.request('GET', path)
    status = response.status
    await response.arrayBuffer()
  })
  if (status !== 200) throw new Error(`${path} answered ${status}`)
  if (print) console.log(path, statements)
  return statements
}

async function customerAgent() {
  const user = await makeCustomer(`Zählung ${Date.now()} GmbH`)
  const agent = new HttpAgent()
  const mails = mail.fake()
  try {
    await enrol(agent, mails, user.email)
  } finally {
    mail.restore()
  }
  return { user, agent }
}

test.group('Queries per page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customer pages: the same number of queries with 1 and with 100 tickets and invoices', async ({ assert }) => {
    const { user, agent } = await customerAgent()
    await addTickets(user.organizationId!, user.id, 1)
    await addInvoices(user.organizationId!, 1)
    const [first] = await db.from('tickets').where('organization_id', user.organizationId!).select('id')
    const pages = ['/dashboard', '/tickets', '/tickets?q=Drucker', `/tickets/${first.id}`, '/invoices', '/account']

    const few: Record<string, number> = {}
    for (const path of pages) few[path] = (await queriesOf(agent, path, Boolean(process.env.PRINT_QUERIES))).length
    await addTickets(user.organizationId!, user.id, 99)
    await addInvoices(user.organizationId!, 99)
    const many: Record<string, number> = {}
    for (const path of pages) many[path] = (await queriesOf(agent, path)).length

    console.log('queries per customer page', few)
    assert.deepEqual(many, few)
  })

  test('staff pages: the same number of queries with 1 and with 100 tickets, organizations and invoices', async ({ assert }) => {
    const { agent } = await staffAgent('admin')
    const { user } = await customerAgent()
    await addTickets(user.organizationId!, user.id, 1)
    await addInvoices(user.organizationId!, 1)
    const [first] = await db.from('tickets').where('organization_id', user.organizationId!).select('id')
    const pages = [
      '/admin',
      '/admin/tickets',
      '/admin/tickets?q=Drucker',
      '/admin/tickets?flag=unread',
      `/admin/tickets/${first.id}`,
      '/admin/organizations',
      `/admin/organizations/${user.organizationId}`,
      '/admin/invoices',
    ]

    const few: Record<string, number> = {}
    for (const path of pages) few[path] = (await queriesOf(agent, path)).length
    for (let i = 0; i < 99; i++) {
      const other = await makeCustomer(`Weitere ${i} ${Date.now()} GmbH`)
      await addTickets(other.organizationId!, other.id, 1)
    }
    await addTickets(user.organizationId!, user.id, 99)
    await addInvoices(user.organizationId!, 99)
    const many: Record<string, number> = {}
    for (const path of pages) many[path] = (await queriesOf(agent, path)).length

    console.log('queries per staff page', few)
    assert.deepEqual(many, few)
  })
})
