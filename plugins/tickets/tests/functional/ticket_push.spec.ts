import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import PushSubscriptions from '#services/push_subscriptions'
import type User from '#models/user'
import { staffClient } from '#tests/helpers/staff'
import { customerClient } from '#tests/helpers/plugin_testing'
import { runQueueWorker } from '#tests/helpers/queue'
import { drainQueue, startPushEndpoint, type PushEndpoint } from '#tests/helpers/push_endpoint'
import TicketFollowers from '#plugins/tickets/services/ticket_followers'
import { submitMultipart } from '../helpers/multipart.js'
import { makeColleague, makeTicket } from '../helpers/tickets.js'

async function subscribe(endpoint: PushEndpoint, user: User, device: string) {
  await PushSubscriptions.subscribe(user.id, endpoint.newDevice(device), '')
}

test.group('Tickets | push notifications', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test("a staff reply notifies the requester's and followers' devices: number and subject, never the reply's text; a tap opens the ticket", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    mail.fake()
    const requester = await customerClient('Push GmbH')
    const ticket = await makeTicket(requester.user, 'Drucker druckt nicht', {
      body: 'Geheime Details',
    })
    const follower = await makeColleague(requester.user)
    follower.locale = 'en'
    await follower.save()
    await TicketFollowers.follow(ticket, follower)
    const outsider = await makeColleague(requester.user)
    await subscribe(endpoint, requester.user, 'requester')
    await subscribe(endpoint, follower, 'follower')
    await subscribe(endpoint, outsider, 'outsider')
    const { http, user: staff } = await staffClient('agent')
    await subscribe(endpoint, staff, 'staff')
    await http.visit(`/admin/tickets/${ticket.id}`)

    await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: 'Das Passwort lautet 1234',
      internal: '0',
    })
    await runQueueWorker(cleanup)
    const [toRequester] = await endpoint.waitFor('requester')
    const [toFollower] = await endpoint.waitFor('follower')
    assert.deepEqual(toRequester.json, {
      title: `Neue Antwort zu Ticket ${ticket.number}`,
      body: 'Drucker druckt nicht',
      url: `/tickets/${ticket.id}`,
      user: requester.user.id,
    })
    assert.deepEqual(toFollower.json, {
      title: `New reply to ticket ${ticket.number}`,
      body: 'Drucker druckt nicht',
      url: `/tickets/${ticket.id}`,
      user: follower.id,
    })
    for (const push of endpoint.received) {
      assert.notInclude(push.text, '1234', 'the reply text stays in the portal')
      assert.notInclude(push.text, 'Geheime Details')
    }
    // Everything queued has run: exactly the requester's and the follower's devices were posted to.
    await drainQueue()
    assert.equal(endpoint.requests, 2, 'not the outsider, not the author')
    assert.sameMembers(
      endpoint.received.map((push) => push.device),
      ['requester', 'follower']
    )
  })

  test('an internal note notifies nobody', async ({ assert, cleanup }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    mail.fake()
    const requester = await customerClient('Notiz GmbH')
    const ticket = await makeTicket(requester.user, 'Intern')
    await subscribe(endpoint, requester.user, 'requester')
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: 'Nur für uns',
      internal: '1',
    })
    await runQueueWorker(cleanup)
    await drainQueue()
    assert.equal(endpoint.requests, 0)

    // The same ticket, a reply the customer sees: that one arrives (so the check above can fail).
    await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: 'Für alle',
      internal: '0',
    })
    await endpoint.waitFor('requester')
    await drainQueue()
    assert.equal(endpoint.requests, 1)
  })
})
