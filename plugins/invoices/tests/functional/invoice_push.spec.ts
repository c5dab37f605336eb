import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import PushSubscriptions from '#services/push_subscriptions'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { submitForm } from '#tests/helpers/forms'
import { runQueueWorker } from '#tests/helpers/queue'
import { drainQueue, startPushEndpoint } from '#tests/helpers/push_endpoint'
import { invoiceFields, pdfFile } from '#plugins/invoices/tests/helpers/admin'

const unique = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

test.group('Invoices | push notifications', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test("a new invoice staff announce notifies the organization's customers: the number only, a tap opens the invoices", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    mail.fake()
    const owner = await customerClient(unique('Push Rechnung GmbH'))
    const other = await customerClient(unique('Nachbar AG'))
    await PushSubscriptions.subscribe(owner.user.id, endpoint.newDevice('owner'), '')
    await PushSubscriptions.subscribe(other.user.id, endpoint.newDevice('other'), '')
    const { http } = await staffClient()
    await http.visit('/admin/invoices/new')
    const number = unique('RE-PUSH')

    await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(owner.user.organizationId!, { number, notify: true }),
      { pdf: pdfFile('push.pdf') }
    )
    await runQueueWorker(cleanup)
    const [push] = await endpoint.waitFor('owner')
    assert.deepEqual(push.json, {
      title: 'Neue Rechnung verfügbar',
      body: `Rechnung ${number}`,
      url: '/invoices',
      user: owner.user.id,
    })
    await drainQueue()
    assert.equal(endpoint.requests, 1, 'the owner only, not the other organization')
    assert.deepEqual(
      endpoint.received.map((received) => received.device),
      ['owner']
    )

    // Without "notify": no mail, no push.
    await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(owner.user.organizationId!, { number: unique('RE-QUIET'), notify: false }),
      { pdf: pdfFile('quiet.pdf') }
    )
    await drainQueue()
    assert.equal(endpoint.requests, 1, 'nothing more')
  })
})
