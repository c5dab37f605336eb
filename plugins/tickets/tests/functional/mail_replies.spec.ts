import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import { ImapFlow } from 'imapflow'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import type TicketMail from '#plugins/tickets/mails/ticket_mail'
import InboundMail from '#plugins/tickets/models/inbound_mail'
import FetchSupportMailboxJob from '#plugins/tickets/jobs/fetch_support_mailbox_job'
import InboundMailProcessor from '#plugins/tickets/services/inbound_mail_processor'
import SupportMailbox, { IMPORTED_KEYWORD } from '#plugins/tickets/services/support_mailbox'
import ReplyAddress from '#plugins/tickets/services/reply_address'
import imapConfig from '#config/imap'
import { runQueueWorker } from '#tests/helpers/queue'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { useSmtpMailer } from '#tests/helpers/smtp_mailer'
import { startImapServer, useImapServer, type ImapServer } from '../helpers/imap_server.js'
import { PNG, buildMail, outlookHtmlReply, thunderbirdReply } from '../helpers/reply_mails.js'
import { makeTicket, setVisibility } from '../helpers/tickets.js'

let server: ImapServer

/** One scheduled run of the job, as the queue worker runs it. */
async function runJob() {
  await new FetchSupportMailboxJob().execute()
}

/** A fresh, empty support mailbox on the Dovecot server, which the portal reads for this test. */
async function mailbox(cleanup: (handler: () => void) => void) {
  const account = await server.addUser()
  useImapServer(server, account, cleanup)
  return account
}

/** The mails in the mailbox with their flags, read over IMAP as a mail program would. */
async function mailboxFlags(account: { user: string; password: string }) {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: server.port,
    secure: false,
    auth: { user: account.user, pass: account.password },
    logger: false,
  })
  await client.connect()
  try {
    await client.mailboxOpen('INBOX')
    const messages = await client.fetchAll('1:*', { flags: true, envelope: true })
    return messages.map((message) => ({
      subject: message.envelope?.subject,
      flags: [...(message.flags ?? [])],
    }))
  } finally {
    await client.logout()
  }
}

/** The thread of a ticket, oldest first. */
function thread(ticketId: number) {
  return db.from('tickets_messages').where('ticket_id', ticketId).orderBy('id')
}

/** The customer's mails that were queued (rendered), with their Reply-To. */
async function renderedMails(mails: ReturnType<typeof mail.fake>) {
  const rendered = []
  for (const queued of mails.mails.queued() as TicketMail[]) {
    await queued.buildWithContents()
    const { message } = queued.message.toJSON()
    rendered.push({
      kind: queued.kind,
      to: queued.recipient,
      replyTo: JSON.stringify(message.replyTo ?? null),
      text: String(message.text ?? ''),
      html: String(message.html ?? ''),
    })
  }
  return rendered
}

test.group('Tickets | replies by email (real Dovecot IMAP server)', (group) => {
  group.setup(async () => {
    server = await startImapServer()
    return () => server.destroy()
  })
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a customer answers a staff reply from their mail program: it lands in the thread, quote and signature cut, with the file', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Antwort GmbH')
    const ticket = await makeTicket(customer.user, 'Drucker druckt nicht')
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)
    const mails = mail.fake()

    // Staff answer in the console: the customer's mail carries the signed reply address.
    await http.submit(`/admin/tickets/${ticket.id}/replies`, {
      body: 'Bitte schick uns ein Foto vom Display.',
      status: 'waiting_for_customer',
    })
    const [toCustomer] = (await renderedMails(mails)).filter((m) => m.to === customer.user.email)
    const replyTo = ReplyAddress.for(ticket.id, customer.user.id)!
    assert.include(toCustomer.replyTo, replyTo)
    assert.include(toCustomer.text, 'Du kannst direkt auf diese E-Mail antworten')
    assert.include(toCustomer.html, 'Du kannst direkt auf diese E-Mail antworten')
    mail.restore()

    // The customer hits "Antworten": Thunderbird sends to the Reply-To, the mail server delivers it.
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: `Anna Kunde <${customer.user.email.toUpperCase()}>`,
        to: replyTo,
        subject: `[${ticket.number}] Neue Antwort`,
        text: 'Hallo,\n\nanbei das Foto vom Display.\n\nViele Grüße\nAnna',
        attachments: [{ filename: 'display.png', content: PNG, contentType: 'image/png' }],
      })
    )
    const support = mail.fake()
    await runJob()

    const messages = await thread(ticket.id)
    const posted = messages.at(-1)
    assert.equal(posted.author_user_id, customer.user.id)
    assert.isFalse(posted.is_internal)
    assert.equal(posted.body, 'Hallo,\n\nanbei das Foto vom Display.\n\nViele Grüße\nAnna')
    const [file] = await db.from('tickets_attachments').where('message_id', posted.id)
    assert.equal(file.original_name, 'display.png')
    assert.equal(file.mime_type, 'image/png')
    assert.deepEqual(Buffer.from(await drive.use().getBytes(file.drive_key)), PNG)

    // Waiting for the customer -> open again, and support is told like for any reply.
    await ticket.refresh()
    assert.equal(ticket.status, 'open')
    const toSupport = (await renderedMails(support)).filter((m) => m.kind === 'customer_reply')
    assert.lengthOf(toSupport, 1)
    assert.equal(toSupport[0].to, 'support@example.test')
    assert.include(toSupport[0].text, 'anbei das Foto vom Display.')
    assert.equal(toSupport[0].replyTo, 'null')

    const stored = await InboundMail.findByOrFail('ticket_message_id', posted.id)
    assert.equal(stored.status, 'posted')
    assert.equal(stored.ticketId, ticket.id)

    // The customer sees it on the ticket page; the mail stays in the mailbox, marked as taken.
    const page = await customer.http.visit(`/tickets/${ticket.id}`)
    assert.equal(page.props.messages.at(-1).body, posted.body)
    const [inMailbox] = await mailboxFlags(account)
    assert.includeMembers(inMailbox.flags, ['\\Seen', IMPORTED_KEYWORD])
    assert.isNotNull((await SupportMailbox.state()).lastSuccessAt)
  })

  test('end to end over real servers: the staff answer leaves by SMTP with the Reply-To, the customer answers it, the scheduled job run by the queue worker posts it and support hears of it by SMTP', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await runQueueWorker(cleanup)
    const customer = await customerClient('Rundreise GmbH')
    const ticket = await makeTicket(customer.user, 'VPN verbindet nicht')
    const { http } = await staffClient('agent')
    await http.visit(`/admin/tickets/${ticket.id}`)

    await http.submit(`/admin/tickets/${ticket.id}/replies`, {
      body: 'Bitte starte den Router neu.',
      status: 'waiting_for_customer',
    })
    const [sent] = await smtp.waitFor(customer.user.email)
    const replyTo = ReplyAddress.for(ticket.id, customer.user.id)!
    assert.deepEqual(
      sent.parsed.replyTo?.value.map((entry) => entry.address),
      [replyTo]
    )
    assert.include(sent.parsed.text, 'Du kannst direkt auf diese E-Mail antworten')

    // The customer's mail program answers that very mail: to its Reply-To, quoting it.
    const quoted = (sent.parsed.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')
    await server.deliver(
      account.user,
      await buildMail({
        from: `Kunde <${customer.user.email}>`,
        to: sent.parsed.replyTo!.text,
        subject: `Re: ${sent.parsed.subject}`,
        inReplyTo: sent.parsed.messageId,
        references: [sent.parsed.messageId!],
        text: `Neustart hat geholfen, danke!\n\nAm 06.12.2026 um 10:02 schrieb Testportal:\n${quoted}`,
      })
    )
    await FetchSupportMailboxJob.dispatch({})

    const toSupport = await smtp.waitForSubject(
      'support@example.test',
      /Neue Antwort|Antwort/i,
      20_000
    )
    assert.include(toSupport.parsed.text, 'Neustart hat geholfen, danke!')
    assert.isUndefined(toSupport.parsed.replyTo, 'support answers in the console')
    const posted = (await thread(ticket.id)).at(-1)
    assert.equal(posted.body, 'Neustart hat geholfen, danke!')
    assert.equal(posted.author_user_id, customer.user.id)
  })

  test('a reply to a closed ticket reopens it and tells the customer', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Wieder GmbH')
    const ticket = await makeTicket(customer.user, 'Alte Sache', { status: 'closed' })
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: 'Das Problem ist leider wieder da.',
      })
    )
    const mails = mail.fake()
    await runJob()

    await ticket.refresh()
    assert.equal(ticket.status, 'open')
    assert.equal((await thread(ticket.id)).at(-1).body, 'Das Problem ist leider wieder da.')
    const kinds = (await renderedMails(mails)).map((m) => m.kind)
    assert.includeMembers(kinds, ['customer_reply'])
  })

  test('an HTML-only mail (Outlook) becomes plain text: no markup, no script, no inline logo, no history', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Outlook GmbH')
    const ticket = await makeTicket(customer.user, 'Exportfehler')
    await server.deliver(
      account.user,
      await outlookHtmlReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        html: '<p>Guten Tag,</p><p>der Export geht <b>jetzt</b> &amp; wieder.</p><p>MfG</p>',
      })
    )
    mail.fake()
    await runJob()

    const posted = (await thread(ticket.id)).at(-1)
    assert.equal(posted.author_user_id, customer.user.id)
    assert.equal(posted.body, 'Guten Tag,\n\nder Export geht jetzt & wieder.\n\nMfG')
    assert.lengthOf(await db.from('tickets_attachments').where('message_id', posted.id), 0)
  })

  test('a stranger, a forged or changed address, and a mail to the plain address are held for review, not posted', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Echt GmbH')
    const ticket = await makeTicket(customer.user, 'Vertraulich')
    const address = ReplyAddress.for(ticket.id, customer.user.id)!
    const forged = address.replace(/-[0-9a-f]{16}@/, '-0000000000000000@')
    const sends = [
      { from: 'fremder@boese.test', to: address, text: 'Ich bin nicht Anna.' },
      { from: customer.user.email, to: forged, text: 'Gefälschte Signatur.' },
      { from: customer.user.email, to: 'support@example.test', text: 'Ohne Antwortadresse.' },
      {
        from: customer.user.email,
        to: address.replace(`+t${ticket.id}-`, `+t${ticket.id + 1000}-`),
        text: 'Andere Ticketnummer.',
      },
    ]
    for (const send of sends) {
      await server.deliver(
        account.user,
        await thunderbirdReply({ ...send, subject: ticket.subject })
      )
    }
    const before = await thread(ticket.id)
    const mails = mail.fake()
    await runJob()

    assert.lengthOf(await thread(ticket.id), before.length)
    mails.mails.assertNoneQueued()
    const held = await InboundMail.query()
      .whereIn('from_address', ['fremder@boese.test', customer.user.email])
      .orderBy('id')
    assert.deepEqual(
      held.map((row) => [row.status, row.reason]),
      [
        ['review', 'unknown_sender'],
        ['review', 'bad_signature'],
        ['review', 'missing_address'],
        ['review', 'bad_signature'],
      ]
    )
    // Nothing is left behind in the mailbox either: every mail was taken and marked.
    const flags = await mailboxFlags(account)
    assert.lengthOf(flags, 4)
    assert.isTrue(flags.every((m) => m.flags.includes(IMPORTED_KEYWORD)))
  })

  test('a customer who can no longer see the ticket, or is disabled, is held for review', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const requester = await customerClient('Sicht GmbH')
    const ticket = await makeTicket(requester.user, 'Nur für mich')
    const colleague = await customerClient('Sicht GmbH')
    await setVisibility(colleague.user, 'own')
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: colleague.user.email,
        to: ReplyAddress.for(ticket.id, colleague.user.id)!,
        subject: ticket.subject,
        text: 'Ich sehe das nicht mehr.',
      })
    )
    requester.user.status = 'disabled'
    await requester.user.save()
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: requester.user.email,
        to: ReplyAddress.for(ticket.id, requester.user.id)!,
        subject: ticket.subject,
        text: 'Ich bin gesperrt.',
      })
    )
    mail.fake()
    await runJob()
    const rows = await InboundMail.query().where('ticket_id', ticket.id).orderBy('id')
    assert.deepEqual(
      rows.map((row) => [row.status, row.reason]),
      [
        ['review', 'not_allowed'],
        ['review', 'not_allowed'],
      ]
    )
    assert.lengthOf(await thread(ticket.id), 1)
  })

  test('the same mail twice (redelivered, or fetched again after a crash) and a second processing post once', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Doppelt GmbH')
    const ticket = await makeTicket(customer.user, 'Einmal bitte')
    const raw = await thunderbirdReply({
      from: customer.user.email,
      to: ReplyAddress.for(ticket.id, customer.user.id)!,
      subject: ticket.subject,
      text: 'Nur einmal posten.',
      messageId: `<doppelt-${Date.now()}@kunde.test>`,
    })
    await server.deliver(account.user, raw)
    await server.deliver(account.user, raw)
    mail.fake()

    // A crash after storing, before marking on the server: the next run fetches the mail again.
    assert.isTrue(await SupportMailbox.store(raw))
    await runJob()
    await runJob()
    // Processing the stored mail again (a retry, a second worker) changes nothing.
    const row = await InboundMail.query().where('ticket_id', ticket.id).firstOrFail()
    await InboundMailProcessor.process(row.id)
    await InboundMailProcessor.processPending()

    const replies = (await thread(ticket.id)).filter((m) => m.body === 'Nur einmal posten.')
    assert.lengthOf(replies, 1)
    assert.lengthOf(await InboundMail.query().where('message_id', row.messageId), 1)
    assert.equal(row.status, 'posted')
    const flags = await mailboxFlags(account)
    assert.lengthOf(flags, 2)
    assert.isTrue(flags.every((m) => m.flags.includes(IMPORTED_KEYWORD)))
  })

  test('a mail without Message-ID is known by its bytes', async ({ assert, cleanup }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Ohne GmbH')
    const ticket = await makeTicket(customer.user, 'Keine ID')
    const raw = Buffer.from(
      [
        `From: ${customer.user.email}`,
        `To: ${ReplyAddress.for(ticket.id, customer.user.id)}`,
        'Subject: Re: Keine ID',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Ohne Message-ID geschickt.',
        '',
      ].join('\r\n')
    )
    await server.deliver(account.user, raw)
    assert.isFalse(await SupportMailbox.store(raw).then(() => SupportMailbox.store(raw)))
    mail.fake()
    await runJob()
    const rows = await InboundMail.query().where('ticket_id', ticket.id)
    assert.lengthOf(rows, 1)
    assert.match(rows[0].messageId, /^<[0-9a-f]{64}@no-message-id\.invalid>$/)
    assert.equal((await thread(ticket.id)).at(-1).body, 'Ohne Message-ID geschickt.')
  })

  test('attachments beyond the limits are left out and named in the message; the reply is still posted', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Anhang GmbH')
    const ticket = await makeTicket(customer.user, 'Große Dateien')
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x25)
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: 'Hier alle Dateien.',
        attachments: [
          { filename: 'scan.pdf', content: big, contentType: 'application/pdf' },
          {
            filename: 'tool.exe',
            content: Buffer.from('MZ'),
            contentType: 'application/octet-stream',
          },
          {
            filename: 'klein.pdf',
            content: Buffer.from('%PDF-1.4 ok'),
            contentType: 'application/pdf',
          },
        ],
      })
    )
    mail.fake()
    await runJob()
    const posted = (await thread(ticket.id)).at(-1)
    assert.equal(
      posted.body,
      [
        'Hier alle Dateien.',
        '',
        '[Anhang „scan.pdf“ nicht übernommen: größer als 10 MB]',
        '[Anhang „tool.exe“ nicht übernommen: dieser Dateityp ist nicht erlaubt]',
      ].join('\n')
    )
    const files = await db.from('tickets_attachments').where('message_id', posted.id)
    assert.deepEqual(
      files.map((file) => file.original_name),
      ['klein.pdf']
    )
    const row = await InboundMail.findByOrFail('ticket_message_id', posted.id)
    assert.equal(row.note, 'scan.pdf (size), tool.exe (type)')
  })

  test('a reply with nothing but the quote goes to review; an automatic reply is set aside', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Leer GmbH')
    const ticket = await makeTicket(customer.user, 'Leere Antwort')
    const to = ReplyAddress.for(ticket.id, customer.user.id)!
    await server.deliver(
      account.user,
      await thunderbirdReply({ from: customer.user.email, to, subject: ticket.subject, text: '' })
    )
    await server.deliver(
      account.user,
      await buildMail({
        from: customer.user.email,
        to,
        subject: 'Abwesenheitsnotiz',
        text: 'Ich bin bis Montag nicht im Büro.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      })
    )
    mail.fake()
    await runJob()
    const rows = await InboundMail.query().where('from_address', customer.user.email).orderBy('id')
    assert.deepEqual(
      rows.map((row) => [row.status, row.reason]),
      [
        ['review', 'empty'],
        ['discarded', 'auto_reply'],
      ]
    )
    assert.lengthOf(await thread(ticket.id), 1)
  })

  test('IMAP down: the run fails cleanly, the error is shown to staff, nothing is lost; the next run after the outage takes the mail', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    const customer = await customerClient('Ausfall GmbH')
    const ticket = await makeTicket(customer.user, 'Während des Ausfalls')
    await server.deliver(
      account.user,
      await thunderbirdReply({
        from: customer.user.email,
        to: ReplyAddress.for(ticket.id, customer.user.id)!,
        subject: ticket.subject,
        text: 'Geschrieben, während der Server weg war.',
      })
    )
    mail.fake()
    await server.stop()
    try {
      await runJob()
      const state = await SupportMailbox.state()
      assert.isNotNull(state.lastErrorAt)
      assert.match(state.lastError!, /ECONNREFUSED|connect/i)
      assert.lengthOf(await InboundMail.query().where('from_address', customer.user.email), 0)

      // Staff see it on the review page.
      const { http } = await staffClient('agent')
      const page = await http.visit('/admin/tickets/inbound')
      assert.equal(page.component, 'tickets/admin/inbound')
      assert.isTrue(page.props.enabled)
      assert.match(page.props.state.lastError, /ECONNREFUSED|connect/i)
    } finally {
      await server.start()
    }
    await runJob()
    assert.equal((await thread(ticket.id)).at(-1).body, 'Geschrieben, während der Server weg war.')
    const state = await SupportMailbox.state()
    assert.isTrue(state.lastSuccessAt! > state.lastErrorAt!)
  })

  test('a wrong IMAP password is recorded as an error, not a crash', async ({
    assert,
    cleanup,
  }) => {
    const account = await mailbox(cleanup)
    imapConfig.password = 'falsch'
    await runJob()
    const state = await SupportMailbox.state()
    assert.isNotNull(state.lastErrorAt)
    assert.match(state.lastError!, /auth|fail/i)
    imapConfig.password = account.password
  })
})
