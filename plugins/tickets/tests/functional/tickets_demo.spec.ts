import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import manifest from '#plugins/tickets/manifest'
import { makeCustomer } from '#tests/helpers/customers'

test.group('Tickets | demo data', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the demo hook gives the demo organization three tickets, one by a colleague', async ({
    assert,
  }) => {
    const customer = await makeCustomer('Demo GmbH')
    await manifest.demo!({ organizationId: customer.organizationId!, customerId: customer.id })

    const tickets = await db
      .from('tickets')
      .where('organization_id', customer.organizationId!)
      .orderBy('id')
    assert.lengthOf(tickets, 3)
    assert.sameMembers(
      tickets.map((t) => t.status),
      ['waiting_for_customer', 'open', 'closed']
    )
    const colleague = await db.from('users').where('email', 'kollege@example.com').firstOrFail()
    assert.equal(colleague.organization_id, customer.organizationId)
    assert.equal(colleague.role, 'customer')
    assert.equal(colleague.status, 'active')
    assert.equal(tickets[1].created_by_user_id, colleague.id)
    const team = await db.from('users').where('email', 'team@example.com').firstOrFail()
    assert.equal(team.role, 'staff')
    const staffMessages = await db.from('tickets_messages').where('author_user_id', team.id)
    assert.lengthOf(staffMessages, 2, 'the demo shows the agency answering')
  })
})
