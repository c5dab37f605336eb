import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import { smtpEnv, startInstance, stopAll, type Instance } from '#tests/helpers/production/instance'
import { HttpClient, firstLoginOverHttp } from '#tests/helpers/production/login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'
import { startImapServer, type ImapServer } from '../helpers/imap_server.js'
import { buildMail } from '../helpers/reply_mails.js'

/** Polls the built portal's database until `query` returns a row, at most `timeoutMs`. */
async function waitForRow(
  db: ProductionDatabase,
  sql: string,
  values: unknown[],
  timeoutMs = 30_000
) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(250)) {
    const [row] = await db.query(sql, values)
    if (row) return row
  }
  throw new Error(`nothing for ${sql} within ${timeoutMs} ms`)
}

/**
 * Replies by email on the built portal as an agency runs it: IMAP set in
 * the environment, so the web server schedules the mailbox job itself
 * (every 2 s here) and its queue worker finds the job in build/. Staff
 * answer, the customer's mail program replies to the Reply-To, the reply
 * shows up in the ticket and support is told; with Dovecot stopped the
 * error is recorded and the reply written meanwhile arrives once it is back.
 */
test.group('Production | tickets: replies by email', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let imap: ImapServer
  const instances: Instance[] = []
  let mailbox: { user: string; password: string }

  const close = async () => {
    await stopAll(instances)
    await imap?.destroy()
    await smtp?.close()
    await db?.close()
  }

  group.setup(async () => {
    try {
      db = await createDatabase('tickets_mail_replies')
      smtp = await startSmtpServer()
      imap = await startImapServer()
      mailbox = await imap.addUser()
      const env = {
        ...db.env,
        ...smtpEnv(smtp),
        IMAP_HOST: '127.0.0.1',
        IMAP_PORT: String(imap.port),
        IMAP_SECURE: 'false',
        IMAP_USER: mailbox.user,
        IMAP_PASSWORD: mailbox.password,
        IMAP_POLL_EVERY: '2s',
      }
      await builtAce(['migration:run', '--force'], env)
      await builtAce(['portal:staff', 'ada@agentur.test', '--name', 'Ada Admin'], env)
      await builtAce(
        ['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH', '--name', 'Karl Kunde'],
        env
      )
      instances.push(await startInstance('mail-replies', env))
    } catch (error) {
      await close()
      throw error
    }
    return close
  })

  test('a staff answer, the customer replies by mail, it is in the ticket; an IMAP outage only delays it', async ({
    assert,
  }) => {
    const [portal] = instances
    const karl = new HttpClient()
    await firstLoginOverHttp(karl, smtp, 'karl@firma.test', { requestOn: portal.url })
    const created = await karl.submit('/tickets', {
      subject: 'Drucker offline',
      body: 'Seit heute früh druckt nichts.',
    })
    const ticketId = created.props.ticket.id as number

    const ada = new HttpClient()
    await firstLoginOverHttp(ada, smtp, 'ada@agentur.test', { requestOn: portal.url })
    await ada.visit(`/admin/tickets/${ticketId}`)
    await ada.submit(`/admin/tickets/${ticketId}/replies`, {
      body: 'Ist der Drucker im WLAN?',
      status: 'waiting_for_customer',
    })
    const answer = await smtp.waitForSubject('karl@firma.test', /Neue Antwort/, 20_000)
    const replyTo = answer.parsed.replyTo?.value[0]?.address ?? ''
    assert.match(replyTo, new RegExp(`^support\\+t${ticketId}-u\\d+-[0-9a-f]{16}@agentur\\.test$`))
    assert.include(answer.parsed.text, 'Du kannst direkt auf diese E-Mail antworten')

    const reply = (text: string) =>
      buildMail({
        from: 'Karl Kunde <karl@firma.test>',
        to: replyTo,
        subject: `Re: ${answer.parsed.subject}`,
        inReplyTo: answer.parsed.messageId,
        text: `${text}\n\nAm 06.12.2026 um 10:02 schrieb Produktionsportal:\n> Ist der Drucker im WLAN?`,
      })
    await imap.deliver(mailbox.user, await reply('Ja, er ist im WLAN.'))
    const posted = await waitForRow(
      db,
      `SELECT m.body, u.email FROM tickets_messages m JOIN users u ON u.id = m.author_user_id
       WHERE m.ticket_id = $1 AND m.body = $2`,
      [ticketId, 'Ja, er ist im WLAN.']
    )
    assert.equal(posted.email, 'karl@firma.test')
    const toSupport = await smtp.waitForSubject('support@agentur.test', /Antwort/, 20_000)
    assert.include(toSupport.parsed.text, 'Ja, er ist im WLAN.')
    const page = await karl.visit(`/tickets/${ticketId}`)
    assert.equal(page.props.messages.at(-1).body, 'Ja, er ist im WLAN.')

    // The mail server goes away: the runs record the error, the mail written meanwhile waits.
    await imap.stop()
    const failed = await waitForRow(
      db,
      `SELECT last_error FROM tickets_inbound_state WHERE last_error_at > last_success_at`,
      []
    )
    assert.match(failed.last_error, /ECONNREFUSED/)
    await imap.start()
    await imap.deliver(mailbox.user, await reply('Jetzt druckt er wieder.'))
    await waitForRow(db, `SELECT id FROM tickets_messages WHERE ticket_id = $1 AND body = $2`, [
      ticketId,
      'Jetzt druckt er wieder.',
    ])
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM tickets_inbound_mails WHERE status = 'posted'`
    )
    assert.equal(count, 2)
  })
})
