import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import mail from '@adonisjs/mail/services/main'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import type { MailManagerTransportFactory } from '@adonisjs/mail/types'
import portalConfig from '#config/portal'
import Allowlist from '#services/allowlist'
import HttpAgent from '#tests/helpers/http_agent'
import { tokenFromPath } from '#tests/helpers/login'

/** A mail as the SMTP server received it: envelope plus parsed message. */
interface ReceivedMail {
  envelope: { from: string | null; to: string[] }
  parsed: ParsedMail
}

/**
 * A real SMTP server on 127.0.0.1 and a free port that keeps every message
 * it receives, parsed. No TLS, no auth: it only listens on loopback.
 */
async function startSmtpServer() {
  const received: ReceivedMail[] = []
  const failures: unknown[] = []

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mailFrom = session.envelope.mailFrom
          received.push({
            envelope: {
              from: mailFrom ? mailFrom.address : null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
            parsed,
          })
          callback()
        })
        .catch((error: Error) => {
          failures.push(error)
          callback(error)
        })
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo

  return {
    port,
    received,
    failures,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The HTML of a parsed mail (mailparser gives `false` when there is none). */
function htmlOf(message: ParsedMail) {
  return typeof message.html === 'string' ? message.html : ''
}

function recipientsOf(message: ParsedMail) {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : []
  return to.flatMap((group) => group.value.map((entry) => entry.address))
}

test.group('Login | mail over real SMTP', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the magic-link mail goes out over SMTP and its link leads to the TOTP setup', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())

    /**
     * A mailer of its own for this test, made the default: the real nodemailer
     * SMTP transport, pointed at the server above. A new name rather than the
     * configured "smtp" mailer, because the manager caches mailer instances by
     * name; closing it below drops it from that cache again.
     */
    const mailConfig = mail.config as unknown as {
      default?: string
      mailers: Record<string, MailManagerTransportFactory>
    }
    const previousDefault = mailConfig.default
    mailConfig.mailers.smtp_test = () =>
      new SMTPTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true })
    mailConfig.default = 'smtp_test'
    cleanup(async () => {
      mailConfig.default = previousDefault
      await mail.close('smtp_test' as never)
      delete mailConfig.mailers.smtp_test
    })

    /** sendLater reports a failed delivery only as an event: surface it. */
    const queueErrors: unknown[] = []
    const onQueueError = (event: { error: unknown }) => queueErrors.push(event.error)
    emitter.on('queued:mail:error', onQueueError)
    cleanup(() => emitter.off('queued:mail:error', onQueueError))

    await Allowlist.allowCustomer({ email: 'Clara@Kunde.de', organization: 'Kunde GmbH', name: 'Clara Kunde' })
    const agent = new HttpAgent()
    await agent.primeCsrf()
    await agent.submit('/login', { email: 'clara@kunde.de' })

    // The mail is queued in memory and sent after the answer: wait for it (at most ~5 s).
    for (let waited = 0; smtp.received.length === 0 && waited < 5000; waited += 50) {
      if (queueErrors.length || smtp.failures.length) break
      await sleep(50)
    }
    assert.deepEqual(queueErrors, [], 'the queued mail could not be sent')
    assert.deepEqual(smtp.failures, [], 'the SMTP server could not parse the mail')
    assert.lengthOf(smtp.received, 1, 'exactly one mail reached the SMTP server within 5 s')

    const [{ envelope, parsed }] = smtp.received
    assert.deepEqual(envelope.to, ['clara@kunde.de'])
    assert.equal(envelope.from, 'portal@example.test')
    assert.deepEqual(recipientsOf(parsed), ['clara@kunde.de'])
    assert.equal(parsed.from?.value[0]?.address, 'portal@example.test')
    assert.include(parsed.subject ?? '', 'Testportal')

    const html = htmlOf(parsed)
    assert.include(html, 'Anmeldung bestätigen')
    assert.match(html, /15 Minuten/)
    const button = html.match(/<a href="([^"]+)"[^>]*>\s*Anmeldung bestätigen\s*<\/a>/)
    assert.isNotNull(button, 'the HTML has a button linking to the confirmation page')
    const link = button![1].replaceAll('&amp;', '&')
    assert.isTrue(
      link.startsWith(`${portalConfig.url}/login/link/`),
      `the link points at the portal (${portalConfig.url}): ${link}`
    )

    assert.isString(parsed.text, 'the mail has a text part')
    assert.include(parsed.text!, link, 'the text part carries the same link')
    assert.match(parsed.text!, /15 Minuten/)

    // Follow the link from the mail like the customer would.
    const path = new URL(link).pathname
    const confirmPage = await agent.visit(path)
    assert.equal(confirmPage.component, 'auth/confirm_link')
    assert.equal(confirmPage.props.state, 'valid')

    const setup = await agent.submit('/login/link', { token: tokenFromPath(path) })
    assert.equal(setup.component, 'auth/setup_totp')
    assert.match(setup.props.secret, /^[A-Z2-7]{32}$/)
  })
})
