import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import portalConfig from '#config/portal'
import User from '#models/user'
import { staffClient, makeStaff } from '#tests/helpers/staff'
import { customerClient } from '#tests/helpers/plugin_testing'
import TicketMail from '#plugins/tickets/mails/ticket_mail'
import Ticket from '#plugins/tickets/models/ticket'
import TicketFollowers from '#plugins/tickets/services/ticket_followers'
import { submitMultipart } from '../helpers/multipart.js'
import { makeColleague, makeTicket } from '../helpers/tickets.js'
import { customerTicket } from '../helpers/admin.js'

function auditEvents(event: string, number: string) {
  return db
    .from('audit_events')
    .where('event', event)
    .whereRaw("meta->>'number' = ?", [number])
    .orderBy('id')
}

test.group('Tickets admin | ticket view, replies, status, assignment', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the view shows header and the whole thread, internal notes marked; agents and admins alike', async ({
    assert,
  }) => {
    const { customer, ticket } = await customerTicket('Ansicht GmbH', 'Server down', {
      body: 'Nichts geht',
    })
    const staff = await makeStaff('agent')
    const { default: AddTicketMessage } =
      await import('#plugins/tickets/actions/add_ticket_message')
    await AddTicketMessage.handle(ticket, staff, {
      body: 'Intern: Hoster anrufen',
      isInternal: true,
    })

    for (const role of ['agent', 'admin'] as const) {
      const { http } = await staffClient(role)
      const page = await http.visit(`/admin/tickets/${ticket.id}`)
      assert.equal(page.component, 'tickets/admin/show', role)
      assert.deepInclude(page.props.ticket, {
        id: ticket.id,
        number: ticket.number,
        subject: 'Server down',
        status: 'open',
        priority: 'normal',
        organization: { id: customer.organizationId, name: 'Ansicht GmbH' },
        requester: { name: customer.name, email: customer.email },
        assignee: null,
        needsReply: true,
      })
      assert.deepEqual(
        page.props.messages.map(
          (m: { body: string; isInternal: boolean; authorIsStaff: boolean }) => [
            m.body,
            m.isInternal,
            m.authorIsStaff,
          ]
        ),
        [
          ['Nichts geht', false, false],
          ['Intern: Hoster anrufen', true, true],
        ]
      )
      assert.deepInclude(page.props.staff, { id: staff.id, name: staff.name })
      assert.deepEqual(page.props.limits.maxFiles, 5)
      assert.notInclude(JSON.stringify(page.props), 'drive', 'no drive keys')
    }
  })

  test('an unknown or malformed ticket id is a 404 on every route', async ({ assert }) => {
    const { http } = await staffClient('agent')
    for (const id of ['999999999', 'abc', '0', '-1', '99999999999']) {
      assert.equal((await http.request('GET', `/admin/tickets/${id}`)).status, 404, `GET ${id}`)
      assert.equal(
        (await http.request('POST', `/admin/tickets/${id}/status`, { body: { status: 'closed' } }))
          .status,
        404
      )
      assert.equal(
        (await http.request('POST', `/admin/tickets/${id}/assignee`, { body: { assignee: null } }))
          .status,
        404
      )
      assert.equal(
        (await http.request('POST', `/admin/tickets/${id}/replies`, { body: { body: 'x' } }))
          .status,
        404
      )
    }
  })

  test('a reply mails the requester and followers, shows on the customer page and is audited', async ({
    assert,
  }) => {
    const requester = await customerClient('Antwort GmbH')
    const ticket = await makeTicket(requester.user, 'Wie geht das?', { status: 'open' })
    const follower = await makeColleague(requester.user)
    await TicketFollowers.follow(ticket, follower)
    const { http, user: staff } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    const mails = mail.fake()

    const page = await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: 'So geht das: Einstellungen öffnen.',
      internal: '0',
      status: 'waiting_for_customer',
    })
    assert.equal(page.component, 'tickets/admin/show')
    assert.equal(page.props.flash.success, 'Deine Antwort ist gesendet.')
    assert.equal(page.props.ticket.status, 'waiting_for_customer')
    assert.isFalse(page.props.ticket.needsReply)
    assert.deepInclude(page.props.messages.at(-1), {
      body: 'So geht das: Einstellungen öffnen.',
      isInternal: false,
      author: staff.name,
    })

    const queued = mails.mails.queued() as TicketMail[]
    assert.sameMembers(
      queued.map((m) => m.recipient),
      [requester.user.email, follower.email]
    )
    assert.isTrue(queued.every((m) => m.kind === 'staff_reply'))
    await queued[0].buildWithContents()
    const { message } = queued[0].message.toJSON()
    assert.equal(message.subject, `Neue Antwort zu deinem Ticket ${ticket.number}`)
    assert.include(message.html, 'So geht das: Einstellungen öffnen.')
    assert.include(message.text, `${portalConfig.url}/tickets/${ticket.id}`)
    assert.notInclude(message.text, '/admin/', 'customers get the customer link')
    assert.include(message.text, 'Wartet auf dich')

    const customerPage = await requester.http.visit(`/tickets/${ticket.id}`)
    assert.deepInclude(customerPage.props.messages.at(-1), {
      body: 'So geht das: Einstellungen öffnen.',
      authorIsStaff: true,
    })
    assert.equal(customerPage.props.ticket.status, 'waiting_for_customer')

    const [replied] = await auditEvents('tickets.replied', ticket.number)
    assert.equal(replied.actor_user_id, staff.id)
    assert.equal(replied.organization_id, requester.user.organizationId)
    assert.isNull(
      replied.user_id,
      'never filed under the customer: their account page lists their events'
    )
    const [changed] = await auditEvents('tickets.status_changed', ticket.number)
    assert.deepInclude(changed.meta, { from: 'open', to: 'waiting_for_customer' })
  })

  test('a reply without text or with a refused file comes back with the errors; nothing is stored or mailed', async ({
    assert,
  }) => {
    const { ticket } = await customerTicket('Fehler GmbH', 'Frage')
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    const mails = mail.fake()
    const page = await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: '   ', internal: '0', status: 'fertig' },
      [{ name: 'skript.exe', content: 'MZ', type: 'application/octet-stream' }]
    )
    assert.equal(page.component, 'tickets/admin/show')
    assert.equal(page.props.errors.body, 'Bitte schreib eine Nachricht.')
    assert.equal(page.props.errors.status, 'Bitte wähle einen Status aus der Liste.')
    assert.include(page.props.errors['attachments.0'], '„skript.exe“')
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), 1)
    mails.mails.assertNoneQueued()
    assert.lengthOf(await auditEvents('tickets.replied', ticket.number), 0)
  })

  test('status change mails the requester, is audited with from/to; the same status again does nothing', async ({
    assert,
  }) => {
    const { customer, ticket } = await customerTicket('Status GmbH', 'Bitte schließen')
    const { http } = await staffClient('admin')
    await http.visit(`/admin/tickets/${ticket.id}`)
    const mails = mail.fake()

    const page = await http.submit(`/admin/tickets/${ticket.id}/status`, { status: 'closed' })
    assert.equal(page.props.ticket.status, 'closed')
    assert.isTrue(page.props.ticket.isClosed)
    assert.equal(page.props.flash.success, 'Der Status ist jetzt „Geschlossen“.')
    mails.mails.assertQueued(
      TicketMail,
      (m) => m.recipient === customer.email && m.kind === 'status_changed'
    )
    const [event] = await auditEvents('tickets.status_changed', ticket.number)
    assert.deepInclude(event.meta, { from: 'open', to: 'closed' })

    await http.submit(`/admin/tickets/${ticket.id}/status`, { status: 'closed' })
    assert.lengthOf(mails.mails.queued(), 1, 'no second mail')
    assert.lengthOf(
      await auditEvents('tickets.status_changed', ticket.number),
      1,
      'no second event'
    )

    const invalid = await http.submit(`/admin/tickets/${ticket.id}/status`, { status: 'geloest' })
    assert.equal(invalid.props.errors.status, 'Bitte wähle einen Status aus der Liste.')
    assert.equal((await Ticket.findOrFail(ticket.id)).status, 'closed')
  })

  test('assign to a colleague, to me, and to nobody; audited; refused for customers and disabled staff', async ({
    assert,
  }) => {
    const { ticket } = await customerTicket('Zuweisung GmbH', 'Wer macht das?')
    const { http, user: me } = await staffClient('agent')
    const colleague = await makeStaff('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)

    const toColleague = await http.submit(`/admin/tickets/${ticket.id}/assignee`, {
      assignee: colleague.id,
    })
    assert.deepEqual(toColleague.props.ticket.assignee, { id: colleague.id, name: colleague.name })
    assert.equal(
      toColleague.props.flash.success,
      `Das Ticket ist jetzt ${colleague.name} zugewiesen.`
    )
    const toMe = await http.submit(`/admin/tickets/${ticket.id}/assignee`, { assignee: me.id })
    assert.deepEqual(toMe.props.ticket.assignee, { id: me.id, name: me.name })
    await http.submit(`/admin/tickets/${ticket.id}/assignee`, { assignee: me.id })
    const toNobody = await http.submit(`/admin/tickets/${ticket.id}/assignee`, { assignee: null })
    assert.isNull(toNobody.props.ticket.assignee)
    assert.equal(toNobody.props.flash.success, 'Das Ticket ist niemandem mehr zugewiesen.')

    const events = await auditEvents('tickets.assigned', ticket.number)
    assert.deepEqual(
      events.map((event) => [event.user_id, event.meta.from, event.meta.to, event.actor_user_id]),
      [
        [colleague.id, '–', colleague.name, me.id],
        [me.id, colleague.name, me.name, me.id],
        [null, me.name, '–', me.id],
      ],
      'assigning to the same person twice records one event'
    )

    const customer = await User.query().where('role', 'customer').firstOrFail()
    const disabled = await makeStaff('agent')
    disabled.status = 'disabled'
    await disabled.save()
    for (const assignee of [customer.id, disabled.id, 'jemand', 1.5, -4]) {
      const refused = await http.submit(`/admin/tickets/${ticket.id}/assignee`, { assignee })
      assert.equal(
        refused.props.errors.assignee,
        'Bitte wähle jemanden aus dem Team.',
        String(assignee)
      )
    }
    assert.isNull((await Ticket.findOrFail(ticket.id)).assignedToUserId)
  })

  test('opening the view marks the ticket read for this staff member only', async ({ assert }) => {
    const { ticket } = await customerTicket('Gelesen GmbH', 'Neu hier')
    const anna = await staffClient('agent')
    const ben = await makeStaff('agent')
    await anna.http.visit(`/admin/tickets/${ticket.id}`)
    const reads = await db.from('tickets_reads').where('ticket_id', ticket.id)
    assert.deepEqual(
      reads.map((row) => row.user_id),
      [anna.user.id]
    )
    assert.notInclude(
      reads.map((row) => row.user_id),
      ben.id
    )
  })

  test('the support mail for a new ticket and a customer reply links to the admin view', async ({
    assert,
  }) => {
    const { http } = await customerClient('Support-Link GmbH')
    const mails = mail.fake()
    await http.visit('/tickets/new')
    const created = await submitMultipart(http, '/tickets', { subject: 'Neu', body: 'Hallo' })
    const ticketId = created.props.ticket.id
    await submitMultipart(http, `/tickets/${ticketId}/replies`, { body: 'Noch was' })

    const queued = (mails.mails.queued() as TicketMail[]).filter(
      (m) => m.recipient === portalConfig.supportEmail
    )
    assert.deepEqual(
      queued.map((m) => m.kind),
      ['opened', 'customer_reply']
    )
    for (const queuedMail of queued) {
      assert.equal(queuedMail.data.link, `${portalConfig.url}/admin/tickets/${ticketId}`)
      await queuedMail.buildWithContents()
      assert.include(
        queuedMail.message.toJSON().message.html,
        `href="${portalConfig.url}/admin/tickets/${ticketId}"`
      )
    }
  })
})
