import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import imapConfig from '#config/imap'
import InboundMail from '#plugins/tickets/models/inbound_mail'
import InboundMailProcessor from '#plugins/tickets/services/inbound_mail_processor'
import SupportMailbox from '#plugins/tickets/services/support_mailbox'
import ReplyAddress from '#plugins/tickets/services/reply_address'
import { PNG, thunderbirdReply } from '../helpers/reply_mails.js'
import { makeTicket } from '../helpers/tickets.js'

/** A mail as the fetch job stores it, then processed: it ends up in review (or posted). */
async function arrive(raw: Buffer) {
  await SupportMailbox.store(raw)
  await InboundMailProcessor.processPending()
  const [row] = await InboundMail.query().orderBy('id', 'desc').limit(1)
  return row
}

/** Replies by email switched on (the page says so) for one test. */
function mailboxConfigured(cleanup: (handler: () => void) => void) {
  const previous = imapConfig.enabled
  imapConfig.enabled = true
  cleanup(() => {
    imapConfig.enabled = previous
  })
}

test.group('Tickets admin | replies by email held for review', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the review page lists a stranger’s reply with its reason and stripped text; "Zum Ticket hinzufügen" makes it an internal note naming the sender', async ({
    assert,
    cleanup,
  }) => {
    mailboxConfigured(cleanup)
    const customer = await customerClient('Prüf GmbH')
    const ticket = await makeTicket(customer.user, 'Lieferung fehlt')
    const row = await arrive(
      await thunderbirdReply({
        from: 'Erika Fremd <erika@fremd.test>',
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: 'Ich bin die Nachbarin, das Paket ist bei mir.',
        attachments: [{ filename: 'paket.png', content: PNG, contentType: 'image/png' }],
      })
    )
    assert.equal(row.reason, 'unknown_sender')

    const { http, user: staff } = await staffClient('agent')
    const page = await http.visit('/admin/tickets/inbound')
    assert.equal(page.component, 'tickets/admin/inbound')
    const [listed] = page.props.mails
    assert.deepInclude(listed, {
      id: row.id,
      from: 'Erika Fremd <erika@fremd.test>',
      reason: 'unknown_sender',
      text: 'Ich bin die Nachbarin, das Paket ist bei mir.',
      attachments: 1,
      ticketNumber: ticket.number,
    })
    assert.notProperty(listed, 'raw')

    const mails = mail.fake()
    const after = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number.toLowerCase(),
    })
    assert.equal(
      after.props.flash.success,
      `Die E-Mail ist als interne Notiz im Ticket ${ticket.number}.`
    )
    assert.lengthOf(after.props.mails, 0)
    const note = await db
      .from('tickets_messages')
      .where('ticket_id', ticket.id)
      .orderBy('id', 'desc')
      .first()
    assert.isTrue(note.is_internal)
    assert.equal(note.author_user_id, staff.id)
    assert.equal(
      note.body,
      'E-Mail von Erika Fremd <erika@fremd.test>:\n\nIch bin die Nachbarin, das Paket ist bei mir.'
    )
    assert.lengthOf(await db.from('tickets_attachments').where('message_id', note.id), 1)
    mails.mails.assertNoneQueued()
    // The customer never sees a stranger's text.
    const customerPage = await customer.http.visit(`/tickets/${ticket.id}`)
    assert.notInclude(JSON.stringify(customerPage.props), 'Nachbarin')

    await row.refresh()
    assert.equal(row.status, 'posted')
    const [event] = await db.from('audit_events').where('event', 'tickets.inbound_posted')
    assert.deepInclude(event.meta, {
      recordId: row.id,
      number: ticket.number,
      from: 'erika@fremd.test',
      as: 'note',
    })
    assert.equal(event.actor_user_id ?? event.actor_id ?? staff.id, staff.id)

    // A second click (or a colleague's) does nothing more.
    const again = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number,
    })
    assert.equal(again.props.flash.error, 'Diese E-Mail wurde schon bearbeitet.')
    assert.lengthOf(
      await db.from('tickets_messages').where('ticket_id', ticket.id).where('is_internal', true),
      1
    )
  })

  test('a forged mail with a bad signature in the customer’s name: only ever an internal note, never their reply', async ({
    assert,
  }) => {
    const customer = await customerClient('Kaputt GmbH')
    const ticket = await makeTicket(customer.user, 'Zu früh geschlossen', { status: 'closed' })
    const row = await arrive(
      await thunderbirdReply({
        from: customer.user.email,
        to: `support+t${ticket.id}-u${customer.user.id}-deadbeefdeadbeef@example.test`,
        subject: ticket.subject,
        text: 'Bitte überweist das Geld an IBAN DE00 1234.',
      })
    )
    assert.equal(row.reason, 'bad_signature')
    const before = await db.from('tickets_messages').where('ticket_id', ticket.id)
    const { http } = await staffClient('agent')
    const listed = await http.visit('/admin/tickets/inbound')
    // The From is not verified: the page offers no "publish as the customer" for a bad signature.
    assert.isNull(listed.props.mails[0].customer)

    // Asking for it anyway (a crafted request) is refused; nothing is posted.
    const refused = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number,
      as: 'customer',
    })
    assert.include(refused.props.flash.error, 'kann nicht als Antwort')
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), before.length)

    const mails = mail.fake()
    const page = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number,
    })
    assert.equal(
      page.props.flash.success,
      `Die E-Mail ist als interne Notiz im Ticket ${ticket.number}.`
    )
    const note = await db
      .from('tickets_messages')
      .where('ticket_id', ticket.id)
      .orderBy('id', 'desc')
      .first()
    assert.isTrue(note.is_internal)
    assert.notEqual(note.author_user_id, customer.user.id)
    assert.include(note.body, customer.user.email)
    await ticket.refresh()
    assert.equal(ticket.status, 'closed')
    mails.mails.assertQueuedCount(0)
  })

  test('the customer wrote to the plain support address: a note by default; staff may publish it as their reply after the warning, reopening the closed ticket', async ({
    assert,
  }) => {
    const customer = await customerClient('Direkt GmbH')
    const ticket = await makeTicket(customer.user, 'Zu früh geschlossen', { status: 'closed' })
    const row = await arrive(
      await thunderbirdReply({
        from: customer.user.email,
        to: 'support@example.test',
        subject: ticket.subject,
        text: 'Bitte nochmal öffnen.',
      })
    )
    assert.equal(row.reason, 'missing_address')
    const { http } = await staffClient('agent')
    const listed = await http.visit('/admin/tickets/inbound')
    assert.equal(listed.props.mails[0].customer, customer.user.name ?? customer.user.email)

    const mails = mail.fake()
    const page = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number,
      as: 'customer',
    })
    assert.include(page.props.flash.success, `als Antwort von`)
    const reply = await db
      .from('tickets_messages')
      .where('ticket_id', ticket.id)
      .orderBy('id', 'desc')
      .first()
    assert.equal(reply.author_user_id, customer.user.id)
    assert.isFalse(reply.is_internal)
    assert.equal(reply.body, 'Bitte nochmal öffnen.')
    await ticket.refresh()
    assert.equal(ticket.status, 'open')
    mails.mails.assertQueuedCount(1)
  })

  test('a mail that cannot be parsed (stored as unreadable) is listed; adding it says so instead of failing', async ({
    assert,
    cleanup,
  }) => {
    mailboxConfigured(cleanup)
    const customer = await customerClient('Kaputt-Mail GmbH')
    const ticket = await makeTicket(customer.user, 'Unlesbar')
    // Nested deeper than mailparser allows: it refuses to parse this mail.
    const raw = Buffer.from(
      'Subject: tief\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n' +
        '--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n'.repeat(3000)
    )
    await assert.rejects(() => SupportMailbox.store(raw))
    assert.isTrue(await SupportMailbox.storeUnreadable(raw, null))
    const row = await InboundMail.query().orderBy('id', 'desc').firstOrFail()
    assert.deepEqual([row.status, row.reason], ['review', 'unreadable'])

    const { http } = await staffClient('agent')
    const page = await http.visit('/admin/tickets/inbound')
    assert.deepInclude(page.props.mails[0], { id: row.id, reason: 'unreadable', text: '' })
    const before = await db.from('tickets_messages').where('ticket_id', ticket.id)
    const after = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: ticket.number,
    })
    assert.include(after.props.flash.error, 'lässt sich nicht lesen')
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), before.length)
    await row.refresh()
    assert.equal(row.status, 'review')
  })

  test('a ticket number that does not exist is refused; discarding asks first and is audited', async ({
    assert,
  }) => {
    const customer = await customerClient('Verwerf GmbH')
    const ticket = await makeTicket(customer.user, 'Spam')
    const row = await arrive(
      await thunderbirdReply({
        from: 'spam@werbung.test',
        to: 'support@example.test',
        subject: 'Günstige Angebote',
        text: 'Kaufen Sie jetzt!',
      })
    )
    assert.equal(row.reason, 'missing_address')
    const { http } = await staffClient('agent')
    const listed = await http.visit('/admin/tickets/inbound')
    assert.isNull(listed.props.mails[0].ticketNumber)

    const wrong = await http.submit(`/admin/tickets/inbound/${row.id}/post`, {
      ticket: 'T-1999-9999',
    })
    assert.equal(wrong.props.errors.ticket, 'Gib die Nummer eines bestehenden Tickets an.')
    const empty = await http.submit(`/admin/tickets/inbound/${row.id}/post`, { ticket: '' })
    assert.equal(empty.props.errors.ticket, 'Gib die Nummer eines bestehenden Tickets an.')

    const unconfirmed = await http.submit(`/admin/tickets/inbound/${row.id}`, {}, 'DELETE')
    assert.equal(unconfirmed.props.errors.confirmed, 'Bestätige das Verwerfen.')
    await row.refresh()
    assert.equal(row.status, 'review')

    const discarded = await http.submit(
      `/admin/tickets/inbound/${row.id}`,
      { confirmed: true },
      'DELETE'
    )
    assert.equal(discarded.props.flash.success, 'Die E-Mail ist verworfen.')
    assert.lengthOf(discarded.props.mails, 0)
    await row.refresh()
    assert.equal(row.status, 'discarded')
    const [event] = await db.from('audit_events').where('event', 'tickets.inbound_discarded')
    assert.deepInclude(event.meta, { recordId: row.id, from: 'spam@werbung.test' })
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), 1)

    // Unknown or handled ids: a clear message, no 500.
    const gone = await http.submit('/admin/tickets/inbound/999999/post', { ticket: ticket.number })
    assert.equal(gone.props.flash.error, 'Diese E-Mail wurde schon bearbeitet.')
    const goneDiscard = await http.request('DELETE', '/admin/tickets/inbound/abc', {
      body: { confirmed: true },
    })
    assert.equal(goneDiscard.status, 404)
  })

  test('empty state and the switched-off notice', async ({ assert, cleanup }) => {
    const { http } = await staffClient('agent')
    const off = await http.visit('/admin/tickets/inbound')
    assert.isFalse(off.props.enabled)
    assert.deepEqual(off.props.mails, [])
    mailboxConfigured(cleanup)
    const on = await http.visit('/admin/tickets/inbound')
    assert.isTrue(on.props.enabled)
    assert.deepEqual(on.props.state, { lastSuccessAt: null, lastErrorAt: null, lastError: null })
  })

  test('customers and anonymous visitors cannot reach the review page or its actions', async ({
    assert,
  }) => {
    const { http: customer } = await customerClient('Neugier GmbH')
    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const routes: Array<[string, string, Record<string, unknown>?]> = [
      ['GET', '/admin/tickets/inbound'],
      ['POST', '/admin/tickets/inbound/1/post', { ticket: 'T-2026-0001' }],
      ['DELETE', '/admin/tickets/inbound/1', { confirmed: true }],
    ]
    for (const [method, path, body] of routes) {
      const asAnonymous = await anonymous.request(method, path, { body })
      assert.oneOf(asAnonymous.status, [302, 303], `${method} ${path} anonymous`)
      assert.match(asAnonymous.headers.get('location') ?? '', /\/login$/)
      const asCustomer = await customer.request(method, path, { body })
      assert.equal(asCustomer.status, 404, `${method} ${path} customer`)
    }
  })
})
