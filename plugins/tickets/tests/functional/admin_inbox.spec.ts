import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { staffClient } from '#tests/helpers/staff'
import Ticket from '#plugins/tickets/models/ticket'
import { addInternalNote } from '../helpers/tickets.js'
import { customerTicket, inbox, rows, subjects } from '../helpers/admin.js'

test.group('Tickets admin | inbox', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('lists tickets of every organization with organization, requester, status, assignee and last activity', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const { customer, ticket } = await customerTicket('Inbox Alpha GmbH', 'Alpha: Logo fehlt')
    const beta = await customerTicket('Inbox Beta AG', 'Beta: Shop langsam')

    const page = await inbox(http, { q: 'Inbox' })
    assert.equal(page.component, 'tickets/admin/inbox')
    const all = await inbox(http)
    const mine = rows(all).filter((row) => [ticket.id, beta.ticket.id].includes(row.id))
    assert.lengthOf(mine, 2, 'both organizations are in one inbox')
    const alpha = rows(all).find((row) => row.id === ticket.id)!
    assert.deepInclude(alpha, {
      number: ticket.number,
      subject: 'Alpha: Logo fehlt',
      status: 'open',
      organization: 'Inbox Alpha GmbH',
      requester: customer.name,
      assignee: null,
    })
    assert.isString(alpha.lastActivityAt)
    assert.deepEqual(all.props.filters, {
      status: 'active',
      organization: '',
      assignee: '',
      flag: '',
      q: '',
      sort: 'newest',
    })
    assert.isNull(
      all.props.organization,
      'no organization chosen; the picker asks the server for suggestions'
    )
    assert.notProperty(all.props, 'organizations', 'never a list of every organization')
    assert.include(
      all.props.nav.map((item: { label: string }) => item.label),
      'Tickets'
    )
  })

  test('status filter: all open by default, "all" includes closed ones, or one status', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Status Filter GmbH', 'Offen')
    const organization = customer.organizationId!
    await customerTicket('Status Filter GmbH', 'Wartet', { status: 'waiting_for_customer' })
    await customerTicket('Status Filter GmbH', 'Zu', { status: 'closed' })

    assert.sameMembers(subjects(await inbox(http, { organization })), ['Offen', 'Wartet'])
    assert.sameMembers(subjects(await inbox(http, { organization, status: 'all' })), [
      'Offen',
      'Wartet',
      'Zu',
    ])
    assert.deepEqual(subjects(await inbox(http, { organization, status: 'closed' })), ['Zu'])
    assert.deepEqual(
      subjects(await inbox(http, { organization, status: 'waiting_for_customer' })),
      ['Wartet']
    )
  })

  test('organization filter shows only that organization', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Org Filter Eins GmbH', 'Von Eins')
    await customerTicket('Org Filter Zwei GmbH', 'Von Zwei')
    const page = await inbox(http, { organization: customer.organizationId! })
    assert.deepEqual(subjects(page), ['Von Eins'])
    assert.equal(page.props.filters.organization, customer.organizationId)
    assert.deepEqual(page.props.organization, {
      id: customer.organizationId,
      name: 'Org Filter Eins GmbH',
    })
    const unknown = await inbox(http, { organization: 2_000_000_000 })
    assert.equal(
      unknown.props.filters.organization,
      '',
      'an organization that does not exist is ignored'
    )
    assert.isNull(unknown.props.organization)
  })

  test('search finds number, subject and message text, internal notes included; % is literal', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const { customer, ticket } = await customerTicket('Suche GmbH', 'Kontaktformular kaputt', {
      body: 'Das Captcha lädt nicht',
    })
    const organization = customer.organizationId!
    const other = await customerTicket('Suche GmbH', 'Rabatt 50% falsch')
    await addInternalNote(other.ticket.id, 'Rückruf bei Frau Quaste vereinbart')

    assert.deepEqual(subjects(await inbox(http, { organization, q: ticket.number })), [
      'Kontaktformular kaputt',
    ])
    assert.deepEqual(subjects(await inbox(http, { organization, q: 'kontaktFORMULAR' })), [
      'Kontaktformular kaputt',
    ])
    assert.deepEqual(subjects(await inbox(http, { organization, q: 'captcha' })), [
      'Kontaktformular kaputt',
    ])
    assert.deepEqual(subjects(await inbox(http, { organization, q: 'Quaste' })), [
      'Rabatt 50% falsch',
    ])
    assert.deepEqual(subjects(await inbox(http, { organization, q: '50%' })), ['Rabatt 50% falsch'])
    assert.deepEqual(subjects(await inbox(http, { organization, q: '%' })), ['Rabatt 50% falsch'])
    const none = await inbox(http, { organization, q: 'gibt es nicht' })
    assert.lengthOf(none.props.tickets, 0)
    assert.equal(none.props.meta.total, 0)
  })

  test('sorts by last activity, newest first by default or oldest first', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Sortierung GmbH', 'Mittel', { activityDaysAgo: 2 })
    const organization = customer.organizationId!
    await customerTicket('Sortierung GmbH', 'Alt', { activityDaysAgo: 5 })
    await customerTicket('Sortierung GmbH', 'Neu', { activityDaysAgo: 0 })

    assert.deepEqual(subjects(await inbox(http, { organization })), ['Neu', 'Mittel', 'Alt'])
    assert.deepEqual(subjects(await inbox(http, { organization, sort: 'oldest' })), [
      'Alt',
      'Mittel',
      'Neu',
    ])
  })

  test('paginates 20 per page, keeping the filters', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Viele Tickets GmbH', 'Ticket 00', {
      activityDaysAgo: 30,
    })
    for (let index = 1; index <= 20; index++) {
      await customerTicket('Viele Tickets GmbH', `Ticket ${String(index).padStart(2, '0')}`, {
        activityDaysAgo: 30 - index,
      })
    }
    const organization = customer.organizationId!
    const first = await inbox(http, { organization })
    assert.lengthOf(first.props.tickets, 20)
    assert.deepInclude(first.props.meta, { currentPage: 1, lastPage: 2, total: 21, perPage: 20 })
    assert.equal(subjects(first)[0], 'Ticket 20')
    const second = await inbox(http, { organization, page: 2 })
    assert.deepEqual(subjects(second), ['Ticket 00'])
    assert.equal(second.props.meta.currentPage, 2)
    const oldestFirst = await inbox(http, { organization, sort: 'oldest', page: 2 })
    assert.deepEqual(subjects(oldestFirst), ['Ticket 20'])
  })

  test('bad filter values are ignored one by one, never a 500', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Kaputte Filter GmbH', 'Noch da')
    const organization = customer.organizationId!
    const defaults = {
      status: 'active',
      organization: '',
      assignee: '',
      flag: '',
      q: '',
      sort: 'newest',
    }

    for (const qs of [
      'status=bogus',
      'status[]=open&status[]=closed',
      'organization=abc',
      'organization=-3',
      'organization=99999999',
      'organization=1.5',
      'assignee=-1',
      'assignee=99999999',
      'assignee=jemand',
      'flag=alles',
      'sort=sideways',
      'page=0',
      'page=abc',
      'page=-2',
      'page=99999999999999999999',
      `q=${'x'.repeat(5000)}`,
      'q[]=a',
      '%E0%A4%A=1',
    ]) {
      const response = await http.request('GET', `/admin/tickets?${qs}`)
      assert.equal(response.status, 200, qs)
      const page = (await response.json()) as {
        component: string
        props: { filters: Record<string, unknown> }
      }
      assert.equal(page.component, 'tickets/admin/inbox', qs)
      if (!qs.startsWith('q=')) assert.deepEqual(page.props.filters, defaults, qs)
    }

    // a valid filter still applies next to a bad one
    const mixed = await inbox(http, { organization, status: 'bogus', sort: 'sideways' })
    assert.deepEqual(subjects(mixed), ['Noch da'])
    assert.deepInclude(mixed.props.filters, { organization, status: 'active', sort: 'newest' })
    const long = await inbox(http, { q: 'y'.repeat(300) })
    assert.lengthOf(long.props.filters.q, 200)
  })

  test('an empty inbox says so; the page past the end is empty too', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const { customer } = await customerTicket('Leer GmbH', 'Erledigt', { status: 'closed' })
    const page = await inbox(http, { organization: customer.organizationId! })
    assert.lengthOf(page.props.tickets, 0)
    assert.equal(page.props.meta.total, 0)
    const beyond = await inbox(http, {
      organization: customer.organizationId!,
      status: 'all',
      page: 5,
    })
    assert.lengthOf(beyond.props.tickets, 0)
    assert.equal(beyond.props.meta.total, 1)
  })

  test('assignee filter: me, a staff member, or unassigned', async ({ assert }) => {
    const me = await staffClient('agent')
    const colleague = await staffClient('admin')
    const { customer, ticket: mine } = await customerTicket('Zuständig GmbH', 'Meins')
    const organization = customer.organizationId!
    const { ticket: theirs } = await customerTicket('Zuständig GmbH', 'Von der Kollegin')
    await customerTicket('Zuständig GmbH', 'Niemandes')
    await Ticket.query().where('id', mine.id).update({ assignedToUserId: me.user.id })
    await Ticket.query().where('id', theirs.id).update({ assignedToUserId: colleague.user.id })

    assert.deepEqual(subjects(await inbox(me.http, { organization, assignee: 'me' })), ['Meins'])
    assert.deepEqual(subjects(await inbox(colleague.http, { organization, assignee: 'me' })), [
      'Von der Kollegin',
    ])
    assert.deepEqual(
      subjects(await inbox(me.http, { organization, assignee: colleague.user.id })),
      ['Von der Kollegin']
    )
    assert.deepEqual(subjects(await inbox(me.http, { organization, assignee: 'none' })), [
      'Niemandes',
    ])
    const all = await inbox(me.http, { organization })
    assert.deepEqual(rows(all).find((row) => row.id === mine.id)!.assignee, {
      id: me.user.id,
      name: me.user.name!,
    })
    assert.deepInclude(all.props.staff, { id: colleague.user.id, name: colleague.user.name })
  })

  test('markers: new/unread per staff member until opened, needs reply until staff answer publicly', async ({
    assert,
  }) => {
    const anna = await staffClient('agent')
    const ben = await staffClient('agent')
    const { customer, ticket } = await customerTicket('Marker GmbH', 'Hilfe!')
    const organization = customer.organizationId!
    const row = async (http: typeof anna.http) =>
      rows(await inbox(http, { organization, status: 'all' }))[0]

    assert.deepInclude(await row(anna.http), { unread: true, needsReply: true })
    assert.deepEqual(subjects(await inbox(anna.http, { organization, flag: 'unread' })), ['Hilfe!'])
    assert.deepEqual(subjects(await inbox(anna.http, { organization, flag: 'needs_reply' })), [
      'Hilfe!',
    ])

    await anna.http.visit(`/admin/tickets/${ticket.id}`)
    assert.deepInclude(
      await row(anna.http),
      { unread: false, needsReply: true },
      'opening marks it read for Anna'
    )
    assert.deepInclude(await row(ben.http), { unread: true }, 'but not for Ben')
    assert.lengthOf((await inbox(anna.http, { organization, flag: 'unread' })).props.tickets, 0)

    // an internal note is no answer
    await addInternalNote(ticket.id, 'schaue ich mir an')
    assert.deepInclude(await row(anna.http), { needsReply: true })

    // a public staff answer is; the customer's next message makes it unread and due again
    const { default: AddTicketMessage } =
      await import('#plugins/tickets/actions/add_ticket_message')
    await AddTicketMessage.handle(ticket, anna.user, { body: 'Erledigt?' })
    assert.deepInclude(await row(anna.http), { needsReply: false })
    assert.lengthOf(
      (await inbox(anna.http, { organization, flag: 'needs_reply' })).props.tickets,
      0
    )
    await new Promise((resolve) => setTimeout(resolve, 5))
    await AddTicketMessage.handle(ticket, customer, { body: 'Leider nein' })
    assert.deepInclude(await row(anna.http), { unread: true, needsReply: true })

    // a closed ticket needs no reply
    await Ticket.query().where('id', ticket.id).update({ status: 'closed' })
    assert.deepInclude(await row(anna.http), { needsReply: false })
  })

  test('the nav badge counts open tickets needing a reply, and is empty (null) at zero', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const badge = async () => {
      const page = await http.visit('/admin')
      return page.props.nav.find((item: { label: string }) => item.label === 'Tickets').badge as
        number | null
    }
    // inside this test's transaction, nothing else needs a reply
    await db.from('tickets').update({ status: 'closed' })
    assert.isNull(await badge())

    const { ticket } = await customerTicket('Badge GmbH', 'Bitte antworten')
    await customerTicket('Badge GmbH', 'Auch bitte')
    assert.equal(await badge(), 2)
    await Ticket.query()
      .where('id', ticket.id)
      .update({ lastStaffReplyAt: DateTime.now().plus({ minutes: 1 }).toJSDate() })
    assert.equal(await badge(), 1)
    const start = await http.visit('/admin')
    assert.deepInclude(
      start.props.sections.map((section: { label: string; badge: number | null }) => ({
        label: section.label,
        badge: section.badge,
      })),
      { label: 'Tickets', badge: 1 },
      'the admin start page shows the section with its badge'
    )
  })
})
