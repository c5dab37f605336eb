import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerAgent, assertOtherOrganizationGets404 } from '#tests/helpers/plugin_testing'
import TicketsItem from '#plugins/tickets/models/tickets_item'

test.group('Tickets plugin', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('customers see the items of their organization, in the nav and on the dashboard', async ({ assert }) => {
    const { agent, user } = await customerAgent('Kunde GmbH')
    await TicketsItem.create({ organizationId: user.organizationId!, title: 'Erster Eintrag' })

    const page = await agent.visit('/tickets')
    assert.equal(page.component, 'tickets/index')
    assert.deepEqual(page.props.items.map((item: { title: string }) => item.title), ['Erster Eintrag'])
    assert.isTrue(page.props.nav.some((entry: { href: string }) => entry.href === '/tickets'))

    const dashboard = await agent.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === 'tickets.summary')
    assert.equal(widget.props.total, 1)
  })

  test('another organization sees none of them: list empty, detail 404', async ({ assert }) => {
    const owner = await customerAgent('Kunde GmbH')
    const item = await TicketsItem.create({ organizationId: owner.user.organizationId!, title: 'Geheim' })
    assert.equal((await owner.agent.visit(`/tickets/${item.id}`)).props.item.title, 'Geheim')

    const other = await customerAgent('Andere AG')
    const page = await other.agent.visit('/tickets')
    assert.lengthOf(page.props.items, 0)
    await assertOtherOrganizationGets404(assert, other.agent, `/tickets/${item.id}`)
  })
})
