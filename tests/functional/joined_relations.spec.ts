import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import User from '#models/user'
import { joinBelongsTo } from '#plugin_kit/joined_relations'
import { makeCustomer } from '#tests/helpers/customers'

test.group('joinBelongsTo', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('loads a belongsTo relation in the record’s own statement, all of its columns', async ({
    assert,
  }) => {
    const customer = await makeCustomer('Verbund GmbH')
    await db.from('organizations').where('id', customer.organizationId!).update({
      customer_number: 'K-1',
    })
    const user = await joinBelongsTo(User.query().where('users.id', customer.id), [
      'organization',
    ]).firstOrFail()
    assert.instanceOf(user.organization, Organization)
    assert.equal(user.organization.name, 'Verbund GmbH')
    assert.equal(user.organization.customerNumber, 'K-1')
    assert.equal(user.email, customer.email, 'the record keeps its own columns')
  })

  test('with named columns, only those and the key are loaded', async ({ assert }) => {
    const customer = await makeCustomer('Schmal GmbH')
    await db.from('organizations').where('id', customer.organizationId!).update({
      customer_number: 'K-2',
    })
    const user = await joinBelongsTo(User.query().where('users.id', customer.id), {
      organization: ['name'],
    }).firstOrFail()
    assert.equal(user.organization.id, customer.organizationId)
    assert.equal(user.organization.name, 'Schmal GmbH')
    assert.isUndefined(user.organization.customerNumber, 'a column not asked for')
    assert.notProperty(user.$extras, 'organization.name', 'the joined columns leave $extras')
  })

  test('no related row: null, as after a preload', async ({ assert }) => {
    const staff = await User.create({
      email: `team-${Date.now()}@agentur.test`,
      role: 'staff',
      staffRole: 'agent',
      status: 'active',
      pluginSettings: {},
    })
    const user = await joinBelongsTo(User.query().where('users.id', staff.id), {
      organization: ['name'],
    }).firstOrFail()
    assert.isNull(user.organization)
  })
})
