import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { sendForm } from '#tests/helpers/forms'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'

test.group('Invoices | visibility set by staff', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("switched off on the customer's page in the console: no invoices page, no navigation entry", async ({
    assert,
  }) => {
    const { http: staffBrowser } = await staffClient()
    const { http: customerBrowser, user: customer } = await customerClient(
      `Rechnung GmbH ${Date.now()}`
    )
    assert.equal((await customerBrowser.request('GET', '/invoices')).status, 200)

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    await sendForm(staffBrowser, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { invoices: { visible: false } },
    })
    assert.deepEqual((await User.findOrFail(customer.id)).pluginSettings, {
      invoices: { visible: false },
    })

    assert.equal((await customerBrowser.request('GET', '/invoices')).status, 404)
    const dashboard = await customerBrowser.visit('/dashboard')
    assert.isFalse(dashboard.props.nav.some((item: { href: string }) => item.href === '/invoices'))
  })
})
