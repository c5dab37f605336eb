import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { staffClient } from '#tests/helpers/staff'
import { customerClient } from '#tests/helpers/plugin_testing'
import portalConfig from '#config/portal'
import imapConfig from '#config/imap'
import TicketMail from '#plugins/tickets/mails/ticket_mail'
import InboundMail from '#plugins/tickets/models/inbound_mail'
import FetchSupportMailboxJob from '#plugins/tickets/jobs/fetch_support_mailbox_job'
import InboundMailProcessor from '#plugins/tickets/services/inbound_mail_processor'
import SupportMailbox, { mailboxLimits } from '#plugins/tickets/services/support_mailbox'
import ReplyAddress from '#plugins/tickets/services/reply_address'
import { startImapServer, useImapServer, type ImapServer } from '../helpers/imap_server.js'
import { PNG, buildMail, thunderbirdReply } from '../helpers/reply_mails.js'
import { makeTicket } from '../helpers/tickets.js'
import { emptyDatabase } from '#tests/helpers/database'

let server: ImapServer

async function mailbox(cleanup: (handler: () => void) => void) {
  const account = await server.addUser()
  useImapServer(server, account, cleanup)
  return account
}

/** Replies by email switched on (signed addresses exist) for one test, without a mailbox. */
function replyAddressesOn(cleanup: (handler: () => void) => void) {
  const previous = imapConfig.enabled
  imapConfig.enabled = true
  cleanup(() => {
    imapConfig.enabled = previous
  })
}

/** A mail stored as the fetch job stores it, then processed. */
async function arrive(raw: Buffer) {
  await SupportMailbox.store(raw)
  await InboundMailProcessor.processPending()
  const [row] = await InboundMail.query().orderBy('id', 'desc').limit(1)
  return row
}

function thread(ticketId: number) {
  return db.from('tickets_messages').where('ticket_id', ticketId).orderBy('id')
}

/** Raw header lines put in front of a built mail (headers a composer would not write twice). */
function withHeaders(lines: string[], raw: Buffer) {
  return Buffer.concat([Buffer.from(lines.map((line) => `${line}\r\n`).join('')), raw])
}

test.group('Tickets | replies by email after the security review', (group) => {
  group.setup(async () => {
    server = await startImapServer()
    return () => server.destroy()
  })
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a subject with an encoded NUL does not block the mailbox: it is stored without the NUL, the next reply is still posted', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Null GmbH')
    const ticket = await makeTicket(customer.user, 'Nullbyte')
    const to = ReplyAddress.for(ticket.id, customer.user.id)!
    const poisoned = (await buildMail({ from: 'x@fremd.test', to, subject: 'PLACEHOLDER' }))
      .toString()
      .replace(/^Subject: PLACEHOLDER/m, 'Subject: =?utf-8?B?eAB5?=')
    await server.deliver(account.user, poisoned)
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: customer.user.email,
        to,
        subject: ticket.subject,
        text: 'Danach kommt meine Antwort an.',
      })
    )
    mail.fake()
    await new FetchSupportMailboxJob().execute()
    const rows = await InboundMail.query().orderBy('id')
    assert.lengthOf(rows, 2)
    assert.equal(rows[0].subject, 'xy')
    assert.equal(rows[0].status, 'review')
    assert.equal(rows[1].status, 'posted')
    const messages = await thread(ticket.id)
    assert.equal(messages.at(-1).body, 'Danach kommt meine Antwort an.')
    // A second run fetches nothing again.
    assert.equal(await SupportMailbox.fetch(), 0)
  })

  test('a mail above the size limit is held for review as too_large with its headers only; the review page reads no raw mail', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const previous = mailboxLimits.maxBytes
    mailboxLimits.maxBytes = 20_000
    cleanup(() => {
      mailboxLimits.maxBytes = previous
    })
    const customer = await customerClient('Groß GmbH')
    const ticket = await makeTicket(customer.user, 'Riesig')
    const body = `BODY-MARKER ${'x'.repeat(60_000)}`
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: body,
      })
    )
    await new FetchSupportMailboxJob().execute()
    const row = await InboundMail.query().firstOrFail()
    assert.equal(row.status, 'review')
    assert.equal(row.reason, 'too_large')
    assert.isAbove(row.size, 60_000)
    assert.isBelow(row.raw.byteLength, 5_000)
    assert.notInclude(row.raw.toString(), 'BODY-MARKER')
    assert.include(row.raw.toString(), 'Subject:')
    assert.lengthOf(await thread(ticket.id), 1)

    const { http } = await staffClient('agent')
    const page = await http.visit('/admin/tickets/inbound')
    assert.deepInclude(page.props.mails[0], { id: row.id, reason: 'too_large', text: '' })
  })

  test('several senders are held for review: two addresses in From, two From lines, a Sender other than From', async ({
    assert,
    cleanup,
  }) => {
    replyAddressesOn(cleanup)
    mail.fake()
    const customer = await customerClient('Absender GmbH')
    const ticket = await makeTicket(customer.user, 'Wer schreibt')
    const to = ReplyAddress.for(ticket.id, customer.user.id)!
    const reply = (extra: Record<string, string> = {}, from = customer.user.email) =>
      buildMail({ from, to, subject: 'Re', text: 'Meine Antwort.', headers: extra })
    const twoInFrom = await arrive(await reply({}, `${customer.user.email}, boss@fremd.test`))
    const twoLines = await arrive(withHeaders(['From: evil@fremd.test'], await reply()))
    const sender = await arrive(await reply({ Sender: 'evil@fremd.test' }))
    const sameSender = await arrive(await reply({ Sender: customer.user.email }))
    assert.deepEqual(
      [twoInFrom, twoLines, sender, sameSender].map((row) => row.reason ?? row.status),
      ['several_senders', 'several_senders', 'several_senders', 'posted']
    )
    assert.equal(sameSender.status, 'posted')
  })

  test('a different mail under a known Message-ID is kept for review (duplicate_id); the same mail again is not', async ({
    assert,
    cleanup,
  }) => {
    replyAddressesOn(cleanup)
    const customer = await customerClient('Doppel GmbH')
    const ticket = await makeTicket(customer.user, 'Doppelt')
    const to = ReplyAddress.for(ticket.id, customer.user.id)!
    const first = await thunderbirdReply({
      from: customer.user.email,
      to,
      subject: ticket.subject,
      text: 'Die echte Antwort.',
      messageId: '<same@kunde.test>',
    })
    const other = await thunderbirdReply({
      from: customer.user.email,
      to,
      subject: ticket.subject,
      text: 'Eine andere Mail mit derselben ID.',
      messageId: '<same@kunde.test>',
    })
    mail.fake()
    assert.deepEqual(await arrive(first).then((row) => [row.status, row.reason]), ['posted', null])
    assert.isTrue(await SupportMailbox.store(other))
    assert.isFalse(await SupportMailbox.store(first))
    await InboundMailProcessor.processPending()
    const rows = await InboundMail.query().orderBy('id')
    assert.lengthOf(rows, 2)
    assert.equal(rows[1].status, 'review')
    assert.equal(rows[1].reason, 'duplicate_id')
    assert.match(rows[1].messageId, /^<same@kunde\.test>#[0-9a-f]{64}$/)
    assert.equal(rows[1].text, 'Eine andere Mail mit derselben ID.')
    assert.lengthOf(await thread(ticket.id), 2)
  })

  test('the portal’s own mails in the mailbox are set aside: ticket mails say Auto-Submitted, and mail from MAIL_FROM', async ({
    assert,
  }) => {
    const ticketMail = new TicketMail('customer_reply', 'support@example.test', {
      number: 'T-2026-0001',
      subject: 'Drucker',
      status: 'open',
      organization: null,
      actor: 'Anna',
      body: 'Text',
      link: 'http://localhost/admin/tickets/1',
      attachments: 0,
    })
    await ticketMail.buildWithContents()
    const headers = ticketMail.message.toJSON().message.headers as Record<string, string>
    assert.equal(headers['Auto-Submitted'], 'auto-generated')

    const copy = await arrive(
      await buildMail({
        from: portalConfig.mailFrom,
        to: 'support@example.test',
        subject: '[T-2026-0001] Neue Antwort',
        text: 'Anna hat geantwortet.',
        headers: { 'Auto-Submitted': 'auto-generated' },
      })
    )
    assert.deepEqual([copy.status, copy.reason], ['discarded', 'auto_reply'])
    const plain = await arrive(
      await buildMail({
        from: `Portal <${portalConfig.mailFrom.toUpperCase()}>`,
        to: 'support@example.test',
        subject: 'Irgendwas',
        text: 'Ohne Auto-Submitted.',
      })
    )
    assert.deepEqual([plain.status, plain.reason], ['discarded', 'auto_reply'])
  })

  test('several Delivered-To headers are all read: the signed address in the second one posts the reply', async ({
    assert,
    cleanup,
  }) => {
    replyAddressesOn(cleanup)
    mail.fake()
    const customer = await customerClient('Zustell GmbH')
    const ticket = await makeTicket(customer.user, 'Weitergeleitet')
    const row = await arrive(
      withHeaders(
        [
          'Delivered-To: support@example.test',
          `Delivered-To: ${ReplyAddress.for(ticket.id, customer.user.id)}`,
        ],
        await buildMail({
          from: customer.user.email,
          to: 'team@example.test',
          subject: 'Re',
          text: 'Über die Weiterleitung.',
        })
      )
    )
    assert.deepEqual([row.status, row.reason], ['posted', null])
    assert.equal((await thread(ticket.id)).at(-1).body, 'Über die Weiterleitung.')
  })

  test('an attachment whose content is not what its extension says is left out and named; the reply and the honest file are posted', async ({
    assert,
    cleanup,
  }) => {
    replyAddressesOn(cleanup)
    mail.fake()
    const customer = await customerClient('Inhalt GmbH')
    const ticket = await makeTicket(customer.user, 'Falsche Endung')
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)])
    const row = await arrive(
      await thunderbirdReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: 'Hier die Rechnung.',
        attachments: [
          { filename: 'rechnung.pdf', content: PNG, contentType: 'application/pdf' },
          { filename: 'programm.pdf', content: exe, contentType: 'application/pdf' },
          { filename: 'foto.jpg', content: PNG, contentType: 'image/jpeg' },
          { filename: 'bild.png', content: PNG, contentType: 'image/png' },
        ],
      })
    )
    assert.deepEqual([row.status, row.reason], ['posted', null])
    const message = (await thread(ticket.id)).at(-1)
    assert.include(
      message.body,
      '[Anhang „rechnung.pdf“ nicht übernommen: der Inhalt passt nicht zur Dateiendung]'
    )
    assert.include(message.body, '„programm.pdf“ nicht übernommen')
    assert.include(message.body, '„foto.jpg“ nicht übernommen')
    const files = await db.from('tickets_attachments').where('message_id', message.id)
    assert.deepEqual(
      files.map((file) => file.original_name),
      ['bild.png']
    )
  })
})

test.group(
  'Tickets | replies by email: a mail the database refuses (no test transaction)',
  (group) => {
    group.setup(async () => {
      server = await startImapServer()
      return () => server.destroy()
    })
    group.each.setup(() => emptyDatabase())
    // Its rows are committed: later groups (in their own transactions) must not see them.
    group.each.teardown(async () => {
      mail.restore()
      await emptyDatabase()
    })

    test('one mail the database refuses is kept as a minimal unreadable row; the run goes on and the next reply is posted', async ({
      assert,
      cleanup,
    }) => {
      const account = await mailbox(cleanup)
      // Any refusal will do: here a rule the poisoned mail's subject breaks.
      await db.rawQuery(
        `ALTER TABLE tickets_inbound_mails ADD CONSTRAINT test_refuse_poison
       CHECK (subject IS NULL OR subject <> 'Gift')`
      )
      cleanup(() =>
        db.rawQuery('ALTER TABLE tickets_inbound_mails DROP CONSTRAINT test_refuse_poison')
      )
      const customer = await customerClient('Gift GmbH')
      const ticket = await makeTicket(customer.user, 'Verweigert')
      const to = ReplyAddress.for(ticket.id, customer.user.id)!
      await server.deliver(
        account.user,
        await buildMail({ from: customer.user.email, to, subject: 'Gift', text: 'x' })
      )
      await server.deliver(
        account.user,
        await thunderbirdReply({
          from: customer.user.email,
          to,
          subject: ticket.subject,
          text: 'Die zweite kommt an.',
        })
      )
      mail.fake()
      await new FetchSupportMailboxJob().execute()
      const rows = await InboundMail.query().orderBy('id')
      assert.deepEqual(
        rows.map((row) => [row.status, row.reason, row.subject]),
        [
          ['review', 'unreadable', null],
          ['posted', null, `Re: ${ticket.subject}`],
        ]
      )
      assert.match(rows[0].messageId, /^<[0-9a-f]{64}@no-message-id\.invalid>$/)
      assert.include(rows[0].raw.toString(), 'Subject: Gift')
      assert.equal((await thread(ticket.id)).at(-1).body, 'Die zweite kommt an.')
      // Both are marked: the next run fetches nothing.
      assert.equal(await SupportMailbox.fetch(), 0)
    })
  }
)
