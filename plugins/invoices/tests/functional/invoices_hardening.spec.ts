import { test } from '@japa/runner'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'

test.group('Invoices | input PostgreSQL would refuse', () => {
  test('ids beyond the integer range are 404s, NUL characters in searches are no error', async ({
    assert,
  }) => {
    const { http: staff } = await staffClient()
    const { http: customer } = await customerClient('Grenzwert GmbH')
    const huge = '99999999999'
    assert.equal((await staff.request('GET', `/admin/invoices/${huge}`)).status, 404)
    assert.equal((await customer.request('GET', `/invoices/${huge}/download`)).status, 404)
    assert.equal((await staff.request('GET', `/admin/invoices?organization=${huge}`)).status, 200)
    assert.equal((await staff.request('GET', '/admin/invoices?q=a%00b')).status, 200)
  })
})
