import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerClient } from '#tests/helpers/plugin_testing'
import { addInternalNote, makeColleague, makeTicket } from '../helpers/tickets.js'

test.group('Tickets | list', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('an empty list says so, and the nav links to it', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    const page = await http.visit('/tickets')
    assert.equal(page.component, 'tickets/index')
    assert.deepEqual(page.props.tickets, [])
    assert.equal(page.props.meta.total, 0)
    assert.isTrue(page.props.nav.some((entry: { href: string }) => entry.href === '/tickets'))
  })

  test('rows show number, subject, status, who opened it and the last activity', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const colleague = await makeColleague(user)
    const ticket = await makeTicket(colleague, 'Drucker im Büro', { status: 'in_progress' })

    const page = await http.visit('/tickets')
    assert.lengthOf(page.props.tickets, 1)
    const [row] = page.props.tickets
    assert.match(row.number, /^T-\d{4}-\d{4,}$/)
    assert.equal(row.number, ticket.number)
    assert.equal(row.subject, 'Drucker im Büro')
    assert.equal(row.status, 'in_progress')
    assert.equal(row.openedBy, colleague.name)
    assert.isString(row.lastActivityAt)
    assert.sameMembers(Object.keys(row), [
      'id',
      'number',
      'subject',
      'status',
      'priority',
      'openedBy',
      'lastActivityAt',
      'createdAt',
    ])
  })

  test('numbers are unique and count up', async ({ assert }) => {
    const { user } = await customerClient('Kunde GmbH')
    const first = await makeTicket(user, 'Eins')
    const second = await makeTicket(user, 'Zwei')
    assert.notEqual(first.number, second.number)
    assert.equal(Number(second.number.split('-')[2]), Number(first.number.split('-')[2]) + 1)
  })

  test('filters by status', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    await makeTicket(user, 'Offenes Ticket')
    await makeTicket(user, 'Wartendes Ticket', { status: 'waiting_for_customer' })
    await makeTicket(user, 'Geschlossenes Ticket', { status: 'closed' })

    const waiting = await http.visit('/tickets?status=waiting_for_customer')
    assert.deepEqual(
      waiting.props.tickets.map((t: { subject: string }) => t.subject),
      ['Wartendes Ticket']
    )
    assert.equal(waiting.props.filters.status, 'waiting_for_customer')

    const unknown = await http.visit('/tickets?status=bogus')
    assert.lengthOf(unknown.props.tickets, 3, 'an unknown filter shows everything')
  })

  test('searches subjects and customer messages, never internal notes', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    await makeTicket(user, 'Rechnung falsch adressiert')
    await makeTicket(user, 'Newsletter', { body: 'Der Versand an 100% der Empfänger schlägt fehl' })
    const secret = await makeTicket(user, 'Logo tauschen')
    await addInternalNote(secret.id, 'Kunde zahlt spät, Vorsicht')

    const bySubject = await http.visit('/tickets?q=rechnung')
    assert.deepEqual(
      bySubject.props.tickets.map((t: { subject: string }) => t.subject),
      ['Rechnung falsch adressiert']
    )
    const byBody = await http.visit(`/tickets?q=${encodeURIComponent('100%')}`)
    assert.deepEqual(
      byBody.props.tickets.map((t: { subject: string }) => t.subject),
      ['Newsletter']
    )
    const byNote = await http.visit('/tickets?q=zahlt')
    assert.lengthOf(byNote.props.tickets, 0, 'internal notes are not searchable by customers')
    const wildcard = await http.visit('/tickets?q=%25')
    assert.deepEqual(
      wildcard.props.tickets.map((t: { subject: string }) => t.subject),
      ['Newsletter'],
      '% is literal'
    )
  })

  test('sorts by last activity (default), created and number', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const old = await makeTicket(user, 'Alt, aber aktiv', { activityDaysAgo: 0 })
    const recent = await makeTicket(user, 'Neu, aber ruhig', { activityDaysAgo: 3 })

    const byActivity = await http.visit('/tickets')
    assert.deepEqual(
      byActivity.props.tickets.map((t: { id: number }) => t.id),
      [old.id, recent.id]
    )
    const byCreated = await http.visit('/tickets?sort=created')
    assert.deepEqual(
      byCreated.props.tickets.map((t: { id: number }) => t.id),
      [recent.id, old.id]
    )
    const byNumber = await http.visit('/tickets?sort=number')
    assert.deepEqual(
      byNumber.props.tickets.map((t: { id: number }) => t.id),
      [recent.id, old.id]
    )
    assert.equal(byNumber.props.filters.sort, 'number')
  })

  test('paginates 20 per page through the query string', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    for (let i = 1; i <= 23; i++) await makeTicket(user, `Ticket ${i}`, { activityDaysAgo: i })

    const first = await http.visit('/tickets')
    assert.lengthOf(first.props.tickets, 20)
    assert.deepInclude(first.props.meta, { currentPage: 1, lastPage: 2, total: 23, perPage: 20 })
    assert.equal(first.props.tickets[0].subject, 'Ticket 1')

    const second = await http.visit('/tickets?page=2')
    assert.deepEqual(
      second.props.tickets.map((t: { subject: string }) => t.subject),
      ['Ticket 21', 'Ticket 22', 'Ticket 23']
    )
    const junk = await http.visit('/tickets?page=abc')
    assert.equal(junk.props.meta.currentPage, 1)
  })
})
