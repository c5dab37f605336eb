import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { customerClient, assertOtherOrganizationGets404 } from '#tests/helpers/plugin_testing'
import { postMultipart, submitMultipart } from '../helpers/multipart.js'
import { makeColleague, makeTicket, setVisibility } from '../helpers/tickets.js'

test.group('Tickets | visibility, widget, badge, other organizations', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('by default the whole organization sees every ticket of it', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const colleague = await makeColleague(user)
    const theirs = await makeTicket(colleague, 'Von der Kollegin')
    await makeTicket(user, 'Meins')

    const page = await http.visit('/tickets')
    assert.sameMembers(
      page.props.tickets.map((t: { subject: string }) => t.subject),
      ['Meins', 'Von der Kollegin']
    )
    assert.equal(
      (await http.visit(`/tickets/${theirs.id}`)).props.ticket.subject,
      'Von der Kollegin'
    )
  })

  test('an own-only user sees only tickets they opened: list, detail, actions, attachments, widget, badge', async ({
    assert,
  }) => {
    const owner = await customerClient('Kunde GmbH')
    await owner.http.visit('/tickets/new')
    const created = await submitMultipart(
      owner.http,
      '/tickets',
      { subject: 'Kollegen-Ticket', body: 'x' },
      [{ name: 'a.txt', content: 'a', type: 'text/plain' }]
    )
    const ticketId = created.props.ticket.id
    const attachmentId = created.props.messages[0].attachments[0].id
    await db.from('tickets').where('id', ticketId).update({ status: 'waiting_for_customer' })

    const { http, user } = await customerClient('Kunde GmbH')
    await setVisibility(user, 'own')
    await makeTicket(user, 'Mein eigenes')

    const list = await http.visit('/tickets')
    assert.deepEqual(
      list.props.tickets.map((t: { subject: string }) => t.subject),
      ['Mein eigenes']
    )
    const search = await http.visit('/tickets?q=Kollegen')
    assert.lengthOf(search.props.tickets, 0)

    for (const path of [
      `/tickets/${ticketId}`,
      `/tickets/${ticketId}/attachments/${attachmentId}`,
    ]) {
      assert.equal((await http.request('GET', path)).status, 404, path)
    }
    for (const path of [`/tickets/${ticketId}/close`, `/tickets/${ticketId}/reopen`]) {
      assert.equal((await http.request('POST', path, { body: {} })).status, 404, path)
    }
    assert.equal(
      (await postMultipart(http, `/tickets/${ticketId}/replies`, { body: 'hallo' })).status,
      404
    )

    const dashboard = await http.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === 'tickets.open')
    assert.equal(widget.props.total, 1)
    assert.deepEqual(
      widget.props.tickets.map((t: { subject: string }) => t.subject),
      ['Mein eigenes']
    )
    const nav = dashboard.props.nav.find((entry: { href: string }) => entry.href === '/tickets')
    assert.isNull(nav.badge, 'the colleague’s waiting ticket does not count')

    const ownerNav = (await owner.http.visit('/dashboard')).props.nav.find(
      (e: { href: string }) => e.href === '/tickets'
    )
    assert.equal(ownerNav.badge, 1)
  })

  test('the widget lists up to five open tickets by latest activity with the count; the badge counts waiting ones', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    for (let i = 1; i <= 6; i++) await makeTicket(user, `Offen ${i}`, { activityDaysAgo: i })
    await makeTicket(user, 'Zu', { status: 'closed' })
    await makeTicket(user, 'Wartet 1', { status: 'waiting_for_customer', activityDaysAgo: 10 })
    await makeTicket(user, 'Wartet 2', { status: 'waiting_for_customer', activityDaysAgo: 11 })

    const dashboard = await http.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === 'tickets.open')
    assert.equal(widget.component, 'open_tickets')
    assert.equal(widget.props.total, 8)
    assert.deepEqual(
      widget.props.tickets.map((t: { subject: string }) => t.subject),
      ['Offen 1', 'Offen 2', 'Offen 3', 'Offen 4', 'Offen 5']
    )
    assert.sameMembers(Object.keys(widget.props.tickets[0]), [
      'id',
      'number',
      'subject',
      'status',
      'lastActivityAt',
    ])
    const nav = dashboard.props.nav.find((entry: { href: string }) => entry.href === '/tickets')
    assert.equal(nav.badge, 2)
    assert.equal(nav.label, 'Tickets')
    // Badge and dashboard name the same number in the same words.
    assert.equal(nav.badgeLabel, '2 Tickets warten auf dich')
    assert.equal(widget.props.waiting, 2)
    assert.equal(widget.props.waitingLabel, nav.badgeLabel)
  })

  test('the widget counts open tickets up to 1,000 and says "more than" beyond, like the list', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const openTickets = (count: number, from: number) =>
      db.rawQuery(
        `INSERT INTO tickets (organization_id, number, subject, status, priority, created_by_user_id,
                              last_activity_at, created_at, updated_at)
         SELECT ?, 'W-' || i, 'Offen ' || i, 'open', 'normal', ?, now(), now(), now()
         FROM generate_series(?::int, ?::int) AS i`,
        [user.organizationId!, user.id, from, from + count - 1]
      )
    const widgetOf = async () =>
      (await http.visit('/dashboard')).props.widgets.find(
        (w: { key: string }) => w.key === 'tickets.open'
      ).props

    await openTickets(1000, 1)
    assert.include(await widgetOf(), { total: 1000, totalIsExact: true })
    await openTickets(1, 1001)
    assert.include(await widgetOf(), { total: 1000, totalIsExact: false })
  })

  test('no badge when nothing waits', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    await makeTicket(user, 'Offen')
    const nav = (await http.visit('/tickets')).props.nav.find(
      (entry: { href: string }) => entry.href === '/tickets'
    )
    assert.isNull(nav.badge)
  })

  test('another organization gets 404 on every route, and changes nothing', async ({ assert }) => {
    const owner = await customerClient('Kunde GmbH')
    const mails = mail.fake()
    await owner.http.visit('/tickets/new')
    const created = await submitMultipart(
      owner.http,
      '/tickets',
      { subject: 'Geheim', body: 'x' },
      [{ name: 'a.txt', content: 'a', type: 'text/plain' }]
    )
    const id = created.props.ticket.id
    const attachmentId = created.props.messages[0].attachments[0].id
    mail.restore()

    const other = await customerClient('Andere AG')
    const mailsAfter = mail.fake()
    assert.lengthOf((await other.http.visit('/tickets')).props.tickets, 0)
    assert.lengthOf((await other.http.visit(`/tickets?q=Geheim`)).props.tickets, 0)
    await assertOtherOrganizationGets404(assert, other.http, `/tickets/${id}`)
    await assertOtherOrganizationGets404(
      assert,
      other.http,
      `/tickets/${id}/attachments/${attachmentId}`
    )
    for (const action of ['close', 'reopen']) {
      const response = await other.http.request('POST', `/tickets/${id}/${action}`, { body: {} })
      assert.equal(response.status, 404, `POST /tickets/:id/${action}`)
    }
    const reply = await postMultipart(other.http, `/tickets/${id}/replies`, { body: 'Hallo' })
    assert.equal(reply.status, 404, 'POST /tickets/:id/replies')

    const dashboard = await other.http.visit('/dashboard')
    const widget = dashboard.props.widgets.find((w: { key: string }) => w.key === 'tickets.open')
    assert.equal(widget.props.total, 0)

    const ticket = await db.from('tickets').where('id', id).firstOrFail()
    assert.equal(ticket.status, 'open')
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', id), 1)
    mailsAfter.mails.assertNoneQueued()
    void mails
  })

  test('the create routes work for any customer and place the ticket in their own organization', async ({
    assert,
  }) => {
    const other = await customerClient('Andere AG')
    mail.fake()
    await other.http.visit('/tickets/new')
    const page = await submitMultipart(other.http, '/tickets', { subject: 'Unseres', body: 'x' })
    const ticket = await db.from('tickets').where('id', page.props.ticket.id).firstOrFail()
    assert.equal(ticket.organization_id, other.user.organizationId)
  })
})
