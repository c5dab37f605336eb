import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { staffClient } from '#tests/helpers/staff'
import { customerClient } from '#tests/helpers/plugin_testing'
import type TicketMail from '#plugins/tickets/mails/ticket_mail'
import TicketFollowers from '#plugins/tickets/services/ticket_followers'
import { submitMultipart } from '../helpers/multipart.js'
import { makeColleague, makeTicket } from '../helpers/tickets.js'
import { rawPage } from '../helpers/admin.js'

const SECRET = 'Kunde zahlt schlecht, Vertrag läuft aus'
/** A real 1×1 PNG: uploads are checked by their content, not just their name. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa3e6c5700000000049454e44ae426082',
  'hex'
)

/** The customer pages that show tickets, as raw JSON text. */
async function customerPages(
  http: Awaited<ReturnType<typeof customerClient>>['http'],
  ticketId: number
) {
  return [
    await rawPage(http, `/tickets/${ticketId}`),
    await rawPage(http, '/tickets'),
    await rawPage(http, '/tickets?status=open'),
    await rawPage(http, `/tickets?q=${encodeURIComponent('zahlt schlecht')}`),
    await rawPage(http, '/dashboard'),
  ]
}

/** Every queued mail as its rendered subject, HTML and text. */
async function renderedMails(mails: ReturnType<typeof mail.fake>) {
  const rendered: string[] = []
  for (const queued of mails.mails.queued() as TicketMail[]) {
    await queued.buildWithContents()
    const { message } = queued.message.toJSON()
    rendered.push(`${message.subject}\n${message.html}\n${message.text}`)
  }
  return rendered
}

test.group('Tickets admin | internal notes never leak', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('an internal note is mailed to nobody and is in no customer page props, but staff see it', async ({
    assert,
  }) => {
    const requester = await customerClient('Notiz GmbH')
    const ticket = await makeTicket(requester.user, 'Rechnungsfrage', { status: 'in_progress' })
    const follower = await customerClient('Notiz GmbH')
    await TicketFollowers.follow(ticket, follower.user)
    const { http, user: staff } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    const before = (await db.from('tickets').where('id', ticket.id).first()).last_activity_at
    const mails = mail.fake()

    const page = await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: SECRET, internal: '1' },
      [{ name: 'bonitaet-intern.pdf', content: '%PDF-1.4 intern', type: 'application/pdf' }]
    )
    assert.equal(
      page.props.flash.success,
      'Die interne Notiz ist gespeichert. Kund:innen sehen sie nicht.'
    )
    const note = page.props.messages.at(-1)
    assert.deepInclude(note, { body: SECRET, isInternal: true, author: staff.name })
    assert.equal(note.attachments[0].name, 'bonitaet-intern.pdf')
    mails.mails.assertNoneQueued()
    const [event] = await db
      .from('audit_events')
      .where('event', 'tickets.note_added')
      .whereRaw("meta->>'number' = ?", [ticket.number])
    assert.deepInclude(event.meta, { number: ticket.number, count: 1 })
    assert.isNull(event.user_id)
    assert.deepEqual(
      (await db.from('tickets').where('id', ticket.id).first()).last_activity_at,
      before,
      'a note is no activity the customer could see'
    )

    for (const customer of [requester, follower]) {
      for (const raw of await customerPages(customer.http, ticket.id)) {
        assert.notInclude(raw, SECRET)
        assert.notInclude(raw, 'bonitaet-intern')
        assert.notInclude(raw, 'isInternal')
      }
    }
    const searched = await requester.http.visit(
      `/tickets?q=${encodeURIComponent('zahlt schlecht')}`
    )
    assert.lengthOf(
      searched.props.tickets,
      0,
      'the customer search does not find the ticket through the note'
    )
    const customerThread = await requester.http.visit(`/tickets/${ticket.id}`)
    assert.lengthOf(customerThread.props.messages, 1)
  })

  test('a later public reply mails the customer without the note; a note that changes the status sends only the status', async ({
    assert,
  }) => {
    const requester = await customerClient('Notiz-Mail GmbH')
    const ticket = await makeTicket(requester.user, 'Frage zur Rechnung')
    const colleague = await makeColleague(requester.user)
    await TicketFollowers.follow(ticket, colleague)
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)

    const noteMails = mail.fake()
    await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: SECRET,
      internal: '1',
      status: 'in_progress',
    })
    const statusOnly = noteMails.mails.queued() as TicketMail[]
    assert.sameMembers(
      statusOnly.map((m) => m.recipient),
      [requester.user.email, colleague.email]
    )
    assert.isTrue(statusOnly.every((m) => m.kind === 'status_changed' && m.data.body === null))
    for (const rendered of await renderedMails(noteMails)) {
      assert.notInclude(rendered, SECRET)
      assert.include(rendered, 'In Bearbeitung')
    }
    mail.restore()

    const replyMails = mail.fake()
    await submitMultipart(http, `/admin/tickets/${ticket.id}/replies`, {
      body: 'Die Rechnung ist korrigiert.',
      internal: '0',
    })
    const rendered = await renderedMails(replyMails)
    assert.lengthOf(rendered, 2)
    for (const text of rendered) {
      assert.include(text, 'Die Rechnung ist korrigiert.')
      assert.notInclude(text, SECRET)
    }
    for (const raw of await customerPages(requester.http, ticket.id)) assert.notInclude(raw, SECRET)
    const thread = await requester.http.visit(`/tickets/${ticket.id}`)
    assert.deepEqual(
      thread.props.messages.map((m: { body: string }) => m.body),
      ['Bitte prüfen.', 'Die Rechnung ist korrigiert.']
    )
  })

  test("a note's attachment downloads for staff and is a 404 for customers, a public reply's downloads for both", async ({
    assert,
  }) => {
    const requester = await customerClient('Anhang GmbH')
    const ticket = await makeTicket(requester.user, 'Dateien')
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    mail.fake()

    await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: 'intern', internal: '1' },
      [{ name: 'intern.txt', content: 'nur fuer das Team', type: 'text/plain' }]
    )
    const page = await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: 'Anbei', internal: '0' },
      [
        { name: 'Anleitung Schritt 1.pdf', content: '%PDF-1.4 anleitung', type: 'application/pdf' },
        { name: 'screen.png', content: PNG, type: 'image/png' },
      ]
    )
    const [note, reply] = page.props.messages.slice(-2)
    const internalId = note.attachments[0].id as number
    const [pdf, png] = reply.attachments as Array<{ id: number; name: string; size: number }>
    assert.deepEqual([pdf.name, png.name], ['Anleitung Schritt 1.pdf', 'screen.png'])
    const staffPng = await http.request(
      'GET',
      `/admin/tickets/${ticket.id}/attachments/${png.id}`,
      { inertia: false }
    )
    assert.equal(staffPng.headers.get('content-type'), 'image/png')
    assert.deepEqual(Buffer.from(await staffPng.arrayBuffer()), PNG)

    const staffPdf = await http.request(
      'GET',
      `/admin/tickets/${ticket.id}/attachments/${pdf.id}`,
      { inertia: false }
    )
    assert.equal(staffPdf.status, 200)
    assert.equal(staffPdf.headers.get('content-type'), 'application/pdf')
    assert.match(
      staffPdf.headers.get('content-disposition')!,
      /^attachment; filename="Anleitung Schritt 1\.pdf"/
    )
    assert.equal(staffPdf.headers.get('cache-control'), 'private, no-store')
    assert.equal(await staffPdf.text(), '%PDF-1.4 anleitung')
    const staffNote = await http.request(
      'GET',
      `/admin/tickets/${ticket.id}/attachments/${internalId}`,
      { inertia: false }
    )
    assert.equal(staffNote.status, 200)
    assert.equal(await staffNote.text(), 'nur fuer das Team')

    const customerPdf = await requester.http.request(
      'GET',
      `/tickets/${ticket.id}/attachments/${pdf.id}`,
      { inertia: false }
    )
    assert.equal(customerPdf.status, 200)
    assert.equal(await customerPdf.text(), '%PDF-1.4 anleitung')
    const customerNote = await requester.http.request(
      'GET',
      `/tickets/${ticket.id}/attachments/${internalId}`,
      { inertia: false }
    )
    assert.equal(customerNote.status, 404)
    assert.notEqual(await customerNote.text(), 'nur fuer das Team')
    const customerThread = await requester.http.visit(`/tickets/${ticket.id}`)
    assert.deepEqual(
      customerThread.props.messages.flatMap((m: { attachments: Array<{ id: number }> }) =>
        m.attachments.map((a) => a.id)
      ),
      [pdf.id, png.id]
    )

    // an attachment is only found under its own ticket
    const other = await makeTicket(requester.user, 'Anderes')
    assert.equal(
      (
        await http.request('GET', `/admin/tickets/${other.id}/attachments/${pdf.id}`, {
          inertia: false,
        })
      ).status,
      404
    )
    assert.equal(
      (
        await http.request('GET', `/admin/tickets/${ticket.id}/attachments/abc`, {
          inertia: false,
        })
      ).status,
      404
    )
  })

  test('staff replies take files under the customer limits: at most 5, 10 MB each, allowed types', async ({
    assert,
  }) => {
    const requester = await customerClient('Limits GmbH')
    const ticket = await makeTicket(requester.user, 'Viele Dateien')
    const { http } = await staffClient('agent')
    const view = await http.visit(`/admin/tickets/${ticket.id}`)
    assert.deepEqual(view.props.limits, {
      maxFiles: 5,
      maxSize: '10 MB',
      extnames: [
        'png',
        'jpg',
        'jpeg',
        'gif',
        'webp',
        'pdf',
        'doc',
        'docx',
        'xls',
        'xlsx',
        'ppt',
        'pptx',
        'odt',
        'ods',
        'txt',
        'csv',
        'zip',
      ],
    })
    const mails = mail.fake()

    const six = Array.from({ length: 6 }, (_, index) => ({
      name: `datei${index}.txt`,
      content: 'x',
      type: 'text/plain',
    }))
    const tooMany = await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: 'Sechs', internal: '0' },
      six
    )
    assert.equal(
      tooMany.props.errors.attachments,
      'Du kannst höchstens 5 Dateien anhängen. Bitte lass ein paar weg.'
    )

    const big = {
      name: 'riesig.pdf',
      content: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
      type: 'application/pdf',
    }
    const tooBig = await submitMultipart(
      http,
      `/admin/tickets/${ticket.id}/replies`,
      { body: 'Groß', internal: '0' },
      [big]
    )
    assert.equal(
      tooBig.props.errors['attachments.0'],
      '„riesig.pdf“ ist zu groß: Pro Datei sind höchstens 10 MB erlaubt.'
    )

    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), 1)
    assert.lengthOf(await db.from('tickets_attachments').where('ticket_id', ticket.id), 0)
    mails.mails.assertNoneQueued()
  })
})
