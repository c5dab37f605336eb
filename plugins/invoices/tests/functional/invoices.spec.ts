import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerAgent, assertOtherOrganizationGets404 } from '#tests/helpers/plugin_testing'
import InvoicesItem from '#plugins/invoices/models/invoices_item'

test.group('Invoices plugin', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customers see the items of their organization, in the nav and on the dashboard', async ({ assert }) => {
    const { agent, user } = await customerAgent('Kunde GmbH')
    await InvoicesItem.create({ organizationId: user.organizationId!, title: 'Erster Eintrag' })

    const page = await agent.visit('/invoices')
    assert.equal(page.component, 'invoices/index')
    assert.deepEqual(page.props.items.map((item: { title: string }) => item.title), ['Erster Eintrag'])
    assert.isTrue(page.props.nav.some((entry: { href: string }) => entry.href === '/invoices'))

    const dashboard = await agent.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === 'invoices.summary')
    assert.equal(widget.props.total, 1)
  })

  test('another organization sees none of them: list empty, detail 404', async ({ assert }) => {
    const owner = await customerAgent('Kunde GmbH')
    const item = await InvoicesItem.create({ organizationId: owner.user.organizationId!, title: 'Geheim' })
    assert.equal((await owner.agent.visit(`/invoices/${item.id}`)).props.item.title, 'Geheim')

    const other = await customerAgent('Andere AG')
    const page = await other.agent.visit('/invoices')
    assert.lengthOf(page.props.items, 0)
    await assertOtherOrganizationGets404(assert, other.agent, `/invoices/${item.id}`)
  })
})
