import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import portalConfig from '#config/portal'
import { customerClient } from '#tests/helpers/plugin_testing'
import TicketMail from '#plugins/tickets/mails/ticket_mail'
import { submitMultipart } from '../helpers/multipart.js'

const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa3e6c5700000000049454e44ae426082',
  'hex'
)

test.group('Tickets | new ticket', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the form states the limits', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    const page = await http.visit('/tickets/new')
    assert.equal(page.component, 'tickets/create')
    assert.deepEqual(page.props.limits.maxFiles, 5)
    assert.equal(page.props.limits.maxSize, '10 MB')
    assert.includeMembers(page.props.limits.extnames, [
      'png',
      'jpg',
      'gif',
      'webp',
      'pdf',
      'docx',
      'xlsx',
      'pptx',
      'odt',
      'ods',
      'txt',
      'csv',
      'zip',
    ])
  })

  test('creates a ticket with attachments, redirects to it and mails support', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const mails = mail.fake()
    await http.visit('/tickets/new')

    const page = await submitMultipart(
      http,
      '/tickets',
      { subject: 'Bild kaputt', body: 'Das Logo wird nicht angezeigt.', priority: 'high' },
      [
        { name: 'screenshot.png', content: png, type: 'image/png' },
        { name: 'Fehlerprotokoll ä.txt', content: 'Fehler 500\n', type: 'text/plain' },
      ]
    )
    assert.equal(page.component, 'tickets/show')
    assert.equal(page.props.ticket.subject, 'Bild kaputt')
    assert.equal(page.props.ticket.priority, 'high')
    assert.equal(page.props.ticket.status, 'open')
    assert.include(page.props.flash.success, page.props.ticket.number)
    const [first] = page.props.messages
    assert.equal(first.body, 'Das Logo wird nicht angezeigt.')
    assert.deepEqual(
      first.attachments.map((a: { name: string }) => a.name),
      ['screenshot.png', 'Fehlerprotokoll ä.txt']
    )

    const ticket = await db.from('tickets').where('id', page.props.ticket.id).firstOrFail()
    assert.equal(ticket.organization_id, user.organizationId)
    assert.equal(ticket.created_by_user_id, user.id)
    const stored = await db.from('tickets_attachments').where('ticket_id', ticket.id).orderBy('id')
    assert.lengthOf(stored, 2)
    assert.equal(stored[0].mime_type, 'image/png')
    assert.equal(stored[0].size, png.length)
    assert.notInclude(stored[0].drive_key, 'screenshot', 'the customer file name is not a path')
    assert.isTrue(await drive.use().exists(stored[0].drive_key))
    assert.notProperty(first.attachments[0], 'driveKey')

    mails.mails.assertQueued(
      TicketMail,
      (m) => m.recipient === portalConfig.supportEmail && m.kind === 'opened'
    )
    const [queued] = mails.mails.queued() as TicketMail[]
    await queued.buildWithContents()
    const { message } = queued.message.toJSON()
    assert.equal(message.subject, `Neues Ticket ${ticket.number}: Bild kaputt`)
    assert.include(message.html, 'Das Logo wird nicht angezeigt.')
    assert.include(message.html, '2 Anhänge')
    assert.include(
      message.text,
      `/admin/tickets/${ticket.id}`,
      'support answers in the admin console'
    )
    assert.include(message.text, 'Kunde GmbH')
  })

  test('missing subject and message come back under the fields, in German', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new')
    const page = await submitMultipart(http, '/tickets', { subject: '', body: '' })
    assert.equal(page.component, 'tickets/create')
    assert.equal(page.props.errors.subject, 'Bitte gib einen Betreff ein.')
    assert.equal(page.props.errors.body, 'Bitte schreib uns eine Nachricht.')
  })

  test('a file over 10 MB is refused by name and no ticket is created', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    const mails = mail.fake()
    await http.visit('/tickets/new')
    const page = await submitMultipart(
      http,
      '/tickets',
      { subject: 'Großes Video', body: 'Anbei' },
      [
        { name: 'klein.pdf', content: '%PDF-1.4\n', type: 'application/pdf' },
        {
          name: 'riesig.zip',
          content: Buffer.alloc(10 * 1024 * 1024 + 1),
          type: 'application/zip',
        },
      ]
    )
    assert.equal(page.component, 'tickets/create')
    assert.equal(
      page.props.errors['attachments.1'],
      '„riesig.zip“ ist zu groß: Pro Datei sind höchstens 10 MB erlaubt.'
    )
    assert.notProperty(page.props.errors, 'attachments.0')
    assert.lengthOf(await db.from('tickets'), 0)
    mails.mails.assertNoneQueued()
  })

  test('a file of a type we do not take is refused by name', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new')
    const page = await submitMultipart(
      http,
      '/tickets',
      { subject: 'Programm', body: 'Bitte installieren' },
      [{ name: 'setup.exe', content: 'MZ-not-really', type: 'application/octet-stream' }]
    )
    assert.include(
      page.props.errors['attachments.0'],
      '„setup.exe“ hat einen Dateityp, den wir nicht annehmen.'
    )
    assert.include(page.props.errors['attachments.0'], 'pdf')
    assert.lengthOf(await db.from('tickets'), 0)
  })

  test('more than five files are refused, in English too', async ({ assert }) => {
    const { http } = await customerClient('Kunde GmbH')
    await http.visit('/tickets/new?lang=en')
    const files = Array.from({ length: 6 }, (_, i) => ({
      name: `notiz-${i}.txt`,
      content: `Notiz ${i}`,
      type: 'text/plain',
    }))
    const page = await submitMultipart(
      http,
      '/tickets',
      { subject: 'Viele Dateien', body: 'Anbei' },
      files
    )
    assert.equal(
      page.props.errors.attachments,
      'You can attach 5 files at most. Please leave some out.'
    )
    assert.lengthOf(await db.from('tickets'), 0)
  })
})
