import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'
import Allowlist from '#services/allowlist'
import type TicketMail from '#plugins/tickets/mails/ticket_mail'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import TicketNotifier from '#plugins/tickets/services/ticket_notifier'
import { makeColleague, makeTicket, setVisibility } from '../helpers/tickets.js'

function followerRows(ticketId: number) {
  return db.from('tickets_followers').where('ticket_id', ticketId)
}

test.group('Tickets | followers', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a colleague follows and unfollows; both are idempotent and the page says so', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const requester = await makeColleague(user)
    const ticket = await makeTicket(requester, 'Von der Kollegin')

    const before = await http.visit(`/tickets/${ticket.id}`)
    assert.deepEqual(before.props.following, { isRequester: false, following: false })

    const followed = await http.submit(`/tickets/${ticket.id}/follow`, {})
    assert.deepEqual(followed.props.following, { isRequester: false, following: true })
    assert.equal(followed.props.flash.success, 'Du folgst dem Ticket jetzt.')
    await http.submit(`/tickets/${ticket.id}/follow`, {})
    const rows = await followerRows(ticket.id)
    assert.lengthOf(rows, 1, 'following twice stores one row')
    assert.equal(rows[0].user_id, user.id)

    const unfollowed = await http.submit(`/tickets/${ticket.id}/unfollow`, {})
    assert.deepEqual(unfollowed.props.following, { isRequester: false, following: false })
    assert.equal(unfollowed.props.flash.success, 'Du folgst dem Ticket nicht mehr.')
    const again = await http.submit(`/tickets/${ticket.id}/unfollow`, {})
    assert.isFalse(again.props.following.following)
    assert.lengthOf(await followerRows(ticket.id), 0)
  })

  test('the requester follows implicitly: no row is stored and unfollow changes nothing', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Meins')
    const page = await http.visit(`/tickets/${ticket.id}`)
    assert.deepEqual(page.props.following, { isRequester: true, following: true })

    await http.submit(`/tickets/${ticket.id}/follow`, {})
    const after = await http.submit(`/tickets/${ticket.id}/unfollow`, {})
    assert.deepEqual(after.props.following, { isRequester: true, following: true })
    assert.lengthOf(await followerRows(ticket.id), 0)
  })

  test('a follower is mailed when the requester changes the status; the requester (actor) is not', async ({
    assert,
  }) => {
    const requester = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(requester.user, 'Drucker')
    const follower = await customerClient('Kunde GmbH')
    await follower.http.visit(`/tickets/${ticket.id}`)
    await follower.http.submit(`/tickets/${ticket.id}/follow`, {})

    const mails = mail.fake()
    await requester.http.visit(`/tickets/${ticket.id}`)
    await requester.http.submit(`/tickets/${ticket.id}/close`, {})

    const queued = mails.mails.queued() as TicketMail[]
    assert.deepEqual(
      queued.map((m) => [m.recipient, m.kind]),
      [[follower.user.email, 'status_changed']]
    )
  })

  test('a status change by a follower mails the requester, not the follower', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const requester = await makeColleague(user)
    const ticket = await makeTicket(requester, 'Von der Kollegin')
    await http.visit(`/tickets/${ticket.id}`)
    await http.submit(`/tickets/${ticket.id}/follow`, {})

    const mails = mail.fake()
    await http.submit(`/tickets/${ticket.id}/close`, {})
    const queued = mails.mails.queued() as TicketMail[]
    assert.deepEqual(
      queued.map((m) => [m.recipient, m.kind]),
      [[requester.email, 'status_changed']]
    )
  })

  test('a staff answer mails the requester and each follower once, skipping disabled users; internal notes mail nobody', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const requester = await makeColleague(user)
    const disabled = await makeColleague(user)
    const ticket = await makeTicket(requester, 'Frage an das Team')
    await http.visit(`/tickets/${ticket.id}`)
    await http.submit(`/tickets/${ticket.id}/follow`, {})
    // a stale duplicate of the requester as follower must not cause a second mail
    await db
      .table('tickets_followers')
      .insert({ ticket_id: ticket.id, user_id: requester.id, created_at: new Date() })
    await db
      .table('tickets_followers')
      .insert({ ticket_id: ticket.id, user_id: disabled.id, created_at: new Date() })
    disabled.status = 'disabled'
    await disabled.save()

    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam-followers@agentur.test',
      name: 'Sam',
    })
    const mails = mail.fake()

    const note = await AddTicketMessage.handle(ticket, staff, {
      body: 'nur intern',
      isInternal: true,
    })
    await TicketNotifier.staffReplied(ticket, note, staff)
    mails.mails.assertNoneQueued()

    const answer = await AddTicketMessage.handle(ticket, staff, {
      body: 'Erledigt',
      status: 'waiting_for_customer',
    })
    await TicketNotifier.staffReplied(ticket, answer, staff)
    const queued = mails.mails.queued() as TicketMail[]
    assert.sameDeepMembers(
      queued.map((m) => [m.recipient, m.kind]),
      [
        [requester.email, 'staff_reply'],
        [user.email, 'staff_reply'],
      ]
    )
    assert.isTrue(queued.every((m) => m.data.body === 'Erledigt'))
  })

  test('the actor is never mailed, even when following (staff status change by a follower-less actor too)', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const requester = await makeColleague(user)
    const ticket = await makeTicket(requester, 'Doppelt')
    await http.visit(`/tickets/${ticket.id}`)
    await http.submit(`/tickets/${ticket.id}/follow`, {})

    const mails = mail.fake()
    await TicketNotifier.statusChanged(ticket, user)
    const queued = mails.mails.queued() as TicketMail[]
    assert.notInclude(
      queued.map((m) => m.recipient),
      user.email
    )
    assert.lengthOf(queued, 1)

    mail.restore()
    const again = mail.fake()
    await TicketNotifier.statusChanged(ticket, requester)
    assert.deepEqual(
      (again.mails.queued() as TicketMail[]).map((m) => m.recipient),
      [user.email]
    )
  })

  test('another organization gets 404 on follow and unfollow, and nothing is stored', async ({
    assert,
  }) => {
    const owner = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(owner.user, 'Geheim')
    const other = await customerClient('Andere AG')
    for (const action of ['follow', 'unfollow']) {
      const response = await other.http.request('POST', `/tickets/${ticket.id}/${action}`, {
        body: {},
      })
      assert.equal(response.status, 404, `POST /tickets/:id/${action}`)
    }
    for (const id of ['abc', '0', '999999999']) {
      assert.equal(
        (await other.http.request('POST', `/tickets/${id}/follow`, { body: {} })).status,
        404
      )
    }
    assert.lengthOf(await followerRows(ticket.id), 0)
  })

  test('an own-only user gets 404 following a colleague’s ticket', async ({ assert }) => {
    const owner = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(owner.user, 'Kollegen-Ticket')
    const { http, user } = await customerClient('Kunde GmbH')
    await setVisibility(user, 'own')
    for (const action of ['follow', 'unfollow']) {
      const response = await http.request('POST', `/tickets/${ticket.id}/${action}`, { body: {} })
      assert.equal(response.status, 404, `POST /tickets/:id/${action}`)
    }
    assert.lengthOf(await followerRows(ticket.id), 0)
  })

  test('a follower who was switched to own-only visibility is no longer mailed', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const requester = await makeColleague(user)
    const ticket = await makeTicket(requester, 'Sichtbarkeit')
    await http.visit(`/tickets/${ticket.id}`)
    await http.submit(`/tickets/${ticket.id}/follow`, {})
    await setVisibility(user, 'own')

    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam-own@agentur.test',
      name: 'Sam',
    })
    const mails = mail.fake()
    await TicketNotifier.statusChanged(ticket, staff)
    assert.deepEqual(
      (mails.mails.queued() as TicketMail[]).map((m) => m.recipient),
      [requester.email]
    )
  })
})
