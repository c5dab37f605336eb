import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { makeCustomer } from '#tests/helpers/customers'
import TicketMail from '#plugins/tickets/mails/ticket_mail'
import TicketNotifier from '#plugins/tickets/services/ticket_notifier'
import { submitMultipart } from '../helpers/multipart.js'
import { makeColleague, makeTicket } from '../helpers/tickets.js'

test.group('Tickets | hardening', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a download gets the type and extension that were validated, not what the client claimed', async ({
    assert,
  }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new')
    const page = await submitMultipart(http, '/tickets', { subject: 'Liste', body: 'Anbei' }, [
      { name: 'liste.csv', content: 'a;b\n<script>alert(1)</script>', type: 'text/html' },
    ])
    const attachment = page.props.messages[0].attachments[0]
    const response = await http.request(
      'GET',
      `/tickets/${page.props.ticket.id}/attachments/${attachment.id}`,
      { inertia: false }
    )
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/)
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="liste\.csv"/
    )
  })

  test('file names are cleaned when uploaded: the same safe name is stored and offered for download', async ({
    assert,
  }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new')
    const page = await submitMultipart(http, '/tickets', { subject: 'Namen', body: 'Anbei' }, [
      { name: '../../../etc/passwd.txt', content: 'root' },
      { name: '..\\..\\windows\\notiz.txt', content: 'x', type: 'text/plain' },
      { name: '.versteckt\u202etxt.pdf', content: '%PDF-1.4' },
    ])
    const attachments = page.props.messages[0].attachments as Array<{ id: number; name: string }>
    assert.sameMembers(
      attachments.map((attachment) => attachment.name),
      ['passwd.txt', 'notiz.txt', 'versteckttxt.pdf']
    )
    const stored = await db
      .from('tickets_attachments')
      .where('ticket_id', page.props.ticket.id)
      .select('original_name')
    assert.sameMembers(
      stored.map((row) => row.original_name),
      attachments.map((attachment) => attachment.name)
    )
    for (const attachment of attachments) {
      const response = await http.request(
        'GET',
        `/tickets/${page.props.ticket.id}/attachments/${attachment.id}`,
        { inertia: false }
      )
      assert.include(
        response.headers.get('content-disposition') ?? '',
        `filename="${attachment.name}"`
      )
      // A download carries the same security headers as every page.
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
      assert.include(
        response.headers.get('content-security-policy') ?? '',
        "frame-ancestors 'none'"
      )
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin')
    }
  })

  test('an empty file is refused with "Die Datei ist leer" and nothing is saved', async ({
    assert,
  }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new')
    const page = await submitMultipart(http, '/tickets', { subject: 'Leer', body: 'Anbei' }, [
      { name: 'leer.txt', content: '' },
    ])
    assert.equal(page.component, 'tickets/create')
    assert.include(JSON.stringify(page.props.errors), 'Die Datei ist leer: „leer.txt“')
    assert.lengthOf(await db.from('tickets').where('subject', 'Leer'), 0)
  })

  test('colleagues see names, never email addresses', async ({ assert }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const colleague = await makeColleague(user)
    await db.from('users').where('id', colleague.id).update({ name: null })
    const ticket = await makeTicket(colleague, 'Ohne Namen')
    const list = await http.visit('/tickets')
    const detail = await http.visit(`/tickets/${ticket.id}`)
    assert.notInclude(JSON.stringify(list.props), colleague.email)
    assert.notInclude(JSON.stringify(detail.props), colleague.email)
  })

  test('a requester who left the organization is no longer mailed about its tickets', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const requester = await makeCustomer('Kunde GmbH')
    const colleague = await makeColleague(requester)
    const ticket = await makeTicket(requester, 'Alt')
    const other = await makeCustomer('Andere AG')
    await db
      .from('users')
      .where('id', requester.id)
      .update({ organization_id: other.organizationId })

    await TicketNotifier.statusChanged(ticket, colleague)
    assert.lengthOf(
      mails.mails.queued((m) => m instanceof TicketMail),
      0
    )
  })
})

test.group('Tickets | input PostgreSQL would refuse', () => {
  test('ids beyond the integer range are 404s, NUL characters in searches are no error', async ({
    assert,
  }) => {
    const { http: staff } = await staffClient()
    const { http: customer } = await customerClient('Grenzwert GmbH')
    const huge = '99999999999'
    for (const path of [`/admin/tickets/${huge}`, `/admin/tickets/1/attachments/${huge}`]) {
      assert.equal((await staff.request('GET', path)).status, 404, path)
    }
    assert.equal((await customer.request('GET', `/tickets/${huge}`)).status, 404)
    assert.equal((await staff.request('GET', `/admin/tickets?organization=${huge}`)).status, 200)
    assert.equal((await staff.request('GET', '/admin/tickets?q=a%00b')).status, 200)
    assert.equal((await customer.request('GET', '/tickets?q=a%00b')).status, 200)
  })
})

test.group('Tickets | request size', () => {
  test('a body over the 52 MB limit goes back to the new-ticket form with a message', async ({
    assert,
  }) => {
    const { http } = await customerClient('Gross GmbH')
    await http.visit('/tickets/new')
    const ticket = new FormData()
    ticket.append('subject', 'Zu groß')
    ticket.append('body', 'Zwei große Dateien.')
    ticket.append('attachments[]', new Blob([new Uint8Array(40 * 1024 * 1024)]), 'eins.pdf')
    ticket.append('attachments[]', new Blob([new Uint8Array(20 * 1024 * 1024)]), 'zwei.pdf')
    const response = await http.request('POST', '/tickets', { body: ticket })
    assert.equal(response.status, 302)
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.component, 'tickets/create')
    assert.include(page.props.flash.error, 'zu groß')
  })
})
