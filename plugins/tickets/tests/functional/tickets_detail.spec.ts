import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import portalConfig from '#config/portal'
import { customerClient } from '#tests/helpers/plugin_testing'
import TicketMail from '#plugins/tickets/mails/ticket_mail'
import AddTicketMessage from '#plugins/tickets/actions/add_ticket_message'
import Ticket from '#plugins/tickets/models/ticket'
import Allowlist from '#services/allowlist'
import { submitMultipart } from '../helpers/multipart.js'
import { addInternalNote, makeColleague, makeTicket } from '../helpers/tickets.js'

/** A ticket with one attachment, created over HTTP by this client. */
async function ticketWithAttachment(http: Awaited<ReturnType<typeof customerClient>>['http']) {
  await http.visit('/tickets/new')
  const page = await submitMultipart(
    http,
    '/tickets',
    { subject: 'Vertrag', body: 'Bitte unterschreiben' },
    [{ name: 'Vertrag März.pdf', content: '%PDF-1.4 vertrag', type: 'application/pdf' }]
  )
  return {
    ticketId: page.props.ticket.id as number,
    attachmentId: page.props.messages[0].attachments[0].id as number,
  }
}

test.group('Tickets | detail, replies, status', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the thread shows messages with author and time, never internal notes (not even in the props)', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Server down', { body: 'Nichts geht mehr' })
    const note = await addInternalNote(ticket.id, 'GEHEIM: Kunde hat Hosting gekündigt')

    const response = await http.request('GET', `/tickets/${ticket.id}`)
    const raw = await response.text()
    assert.notInclude(raw, 'GEHEIM')
    assert.notInclude(raw, 'isInternal')
    const page = JSON.parse(raw)
    assert.equal(page.component, 'tickets/show')
    assert.lengthOf(page.props.messages, 1)
    assert.equal(page.props.messages[0].author, user.name)
    assert.isFalse(page.props.messages[0].authorIsStaff)
    assert.isString(page.props.messages[0].createdAt)
    assert.notEqual(page.props.messages[0].id, note.id)
    assert.equal(page.props.ticket.openedBy, user.name)

    // A staff answer: named and marked as the agency's (the page loads names and roles only).
    const { user: staff } = await Allowlist.allowStaff({
      email: `sam-${Date.now()}@agentur.test`,
      name: 'Sam Support',
    })
    await AddTicketMessage.handle(await Ticket.findOrFail(ticket.id), staff, {
      body: 'Wir sind dran.',
      isInternal: false,
    })
    const answered = await http.visit(`/tickets/${ticket.id}`)
    assert.deepEqual(
      answered.props.messages.map((m: { author: string; authorIsStaff: boolean }) => [
        m.author,
        m.authorIsStaff,
      ]),
      [
        [user.name, false],
        ['Sam Support', true],
      ]
    )
  })

  test('attachments download with the original name; internal-note files do not', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const { ticketId, attachmentId } = await ticketWithAttachment(http)

    const response = await http.request('GET', `/tickets/${ticketId}/attachments/${attachmentId}`, {
      inertia: false,
    })
    assert.equal(response.status, 200)
    assert.equal(await response.text(), '%PDF-1.4 vertrag')
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    const disposition = response.headers.get('content-disposition')!
    assert.match(
      disposition,
      /^attachment; filename="Vertrag Marz\.pdf"; filename\*=UTF-8''Vertrag%20M%C3%A4rz\.pdf$/
    )

    const colleague = await customerClient('Kunde GmbH')
    const same = await colleague.http.request(
      'GET',
      `/tickets/${ticketId}/attachments/${attachmentId}`,
      { inertia: false }
    )
    assert.equal(same.status, 200, 'a colleague with organization visibility may download')

    // a file on an internal note stays with staff
    const note = await addInternalNote(ticketId, 'intern')
    const [row] = await db.from('tickets_attachments').where('id', attachmentId)
    const [internal] = await db
      .table('tickets_attachments')
      .insert({ ...row, id: undefined, message_id: note.id, drive_key: `${row.drive_key}-intern` })
      .returning('id')
    const hidden = await http.request('GET', `/tickets/${ticketId}/attachments/${internal.id}`, {
      inertia: false,
    })
    assert.equal(hidden.status, 404)
    assert.equal(
      (await http.request('GET', `/tickets/${ticketId}/attachments/abc`, { inertia: false }))
        .status,
      404
    )
    void user
  })

  test('a reply lands in the thread, mails support and hands a waiting ticket back', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Frage', { status: 'waiting_for_customer' })
    const mails = mail.fake()
    await http.visit(`/tickets/${ticket.id}`)

    const page = await submitMultipart(
      http,
      `/tickets/${ticket.id}/replies`,
      { body: 'Hier die Infos' },
      [{ name: 'daten.csv', content: 'a;b\n1;2\n', type: 'text/csv' }]
    )
    assert.equal(page.component, 'tickets/show')
    assert.equal(page.props.ticket.status, 'open')
    assert.deepEqual(
      page.props.messages.map((m: { body: string }) => m.body),
      ['Bitte prüfen.', 'Hier die Infos']
    )
    assert.equal(page.props.messages[1].attachments[0].name, 'daten.csv')
    assert.equal(page.props.flash.success, 'Deine Antwort ist bei uns angekommen.')
    mails.mails.assertQueued(
      TicketMail,
      (m) => m.recipient === portalConfig.supportEmail && m.kind === 'customer_reply'
    )
    const updated = await Ticket.findOrFail(ticket.id)
    assert.isTrue(updated.lastActivityAt > ticket.lastActivityAt)
  })

  test('a reply without text or with a refused file comes back with the error', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Frage')
    await http.visit(`/tickets/${ticket.id}`)
    const page = await submitMultipart(http, `/tickets/${ticket.id}/replies`, { body: '' }, [
      { name: 'virus.js', content: 'alert(1)', type: 'text/javascript' },
    ])
    assert.equal(page.component, 'tickets/show')
    assert.equal(page.props.errors.body, 'Bitte schreib uns eine Nachricht.')
    assert.include(page.props.errors['attachments.0'], '„virus.js“')
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), 1)
  })

  test('a reply on a closed ticket reopens it', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Erledigt?', { status: 'closed' })
    mail.fake()
    await http.visit(`/tickets/${ticket.id}`)
    const page = await submitMultipart(http, `/tickets/${ticket.id}/replies`, {
      body: 'Doch nicht erledigt',
    })
    assert.equal(page.props.ticket.status, 'open')
    assert.equal(
      page.props.flash.success,
      'Deine Antwort ist bei uns angekommen, das Ticket ist wieder offen.'
    )
  })

  test('close and reopen; the requester is mailed when a colleague does it', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const colleague = await makeColleague(user)
    const ticket = await makeTicket(colleague, 'Von der Kollegin')
    const mails = mail.fake()
    await http.visit(`/tickets/${ticket.id}`)

    const closed = await http.submit(`/tickets/${ticket.id}/close`, {})
    assert.equal(closed.props.ticket.status, 'closed')
    assert.isTrue(closed.props.ticket.isClosed)
    assert.equal(closed.props.flash.success, 'Das Ticket ist geschlossen.')
    mails.mails.assertQueued(
      TicketMail,
      (m) => m.recipient === colleague.email && m.kind === 'status_changed'
    )

    const again = await http.submit(`/tickets/${ticket.id}/close`, {})
    assert.equal(again.props.ticket.status, 'closed')
    assert.lengthOf(mails.mails.queued(), 1, 'closing twice mails once')

    const reopened = await http.submit(`/tickets/${ticket.id}/reopen`, {})
    assert.equal(reopened.props.ticket.status, 'open')
    assert.lengthOf(mails.mails.queued(), 2)
  })

  test('closing your own ticket mails nobody', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Meins')
    const mails = mail.fake()
    await http.visit(`/tickets/${ticket.id}`)
    await http.submit(`/tickets/${ticket.id}/close`, {})
    mails.mails.assertNoneQueued()
    assert.equal((await Ticket.findOrFail(ticket.id)).status, 'closed')
  })

  test('a staff answer (admin console later) mails the requester; an internal note does not', async ({
    assert,
  }) => {
    const { user } = await customerClient('Kunde GmbH')
    const ticket = await makeTicket(user, 'Frage an das Team')
    const { default: TicketNotifier } = await import('#plugins/tickets/services/ticket_notifier')
    const { user: staff } = await Allowlist.allowStaff({ email: 'sam@agentur.test', name: 'Sam' })
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
    mails.mails.assertQueued(
      TicketMail,
      (m) => m.recipient === user.email && m.kind === 'staff_reply'
    )
    assert.equal(ticket.status, 'waiting_for_customer')
  })
})
