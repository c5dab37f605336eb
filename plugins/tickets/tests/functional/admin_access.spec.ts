import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'
import { makeStaff } from '#tests/helpers/staff'
import Ticket from '#plugins/tickets/models/ticket'
import { postMultipart } from '../helpers/multipart.js'
import { makeTicket } from '../helpers/tickets.js'

test.group('Tickets admin | customers and anonymous users are refused', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('every tickets admin route sends anonymous users to the login and is a 404 for customers, even their own ticket', async ({
    assert,
  }) => {
    const { http: customer, user } = await customerClient('Neugierig GmbH')
    const ticket = await makeTicket(user, 'Mein Ticket')
    const staff = await makeStaff('agent')
    assert.equal(
      (await customer.visit(`/tickets/${ticket.id}`)).props.ticket.id,
      ticket.id,
      'the customer may see the ticket itself'
    )
    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const mails = mail.fake()

    const routes: Array<[string, string, Record<string, unknown>?]> = [
      ['GET', '/admin/tickets'],
      ['GET', `/admin/tickets/${ticket.id}`],
      ['GET', `/admin/tickets/${ticket.id}/attachments/1`],
      ['POST', `/admin/tickets/${ticket.id}/status`, { status: 'closed' }],
      ['POST', `/admin/tickets/${ticket.id}/assignee`, { assignee: staff.id }],
      ['POST', `/admin/tickets/${ticket.id}/replies`, { body: 'Ich bin Staff', internal: '1' }],
    ]
    for (const [method, path, body] of routes) {
      const asAnonymous = await anonymous.request(method, path, { body })
      assert.oneOf(asAnonymous.status, [302, 303], `${method} ${path} anonymous`)
      assert.match(asAnonymous.headers.get('location') ?? '', /\/login$/)
      const asCustomer = await customer.request(method, path, { body })
      assert.equal(asCustomer.status, 404, `${method} ${path} customer`)
    }
    // a multipart reply with a file is refused the same way
    const upload = await postMultipart(
      customer,
      `/admin/tickets/${ticket.id}/replies`,
      { body: 'x', internal: '0' },
      [{ name: 'a.txt', content: 'a', type: 'text/plain' }]
    )
    assert.equal(upload.status, 404)

    const after = await Ticket.findOrFail(ticket.id)
    assert.equal(after.status, 'open')
    assert.isNull(after.assignedToUserId)
    assert.lengthOf(await db.from('tickets_messages').where('ticket_id', ticket.id), 1)
    assert.lengthOf(await db.from('tickets_attachments').where('ticket_id', ticket.id), 0)
    mails.mails.assertNoneQueued()
  })

  test('customers get no admin navigation entry or badge', async ({ assert }) => {
    const { http, user } = await customerClient('Navigation GmbH')
    await makeTicket(user, 'Braucht Antwort')
    const page = await http.visit('/dashboard')
    const hrefs = page.props.nav.map((item: { href: string }) => item.href)
    assert.include(hrefs, '/tickets')
    assert.notInclude(hrefs, '/admin/tickets')
  })
})
