import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import type { ParsedMail } from 'mailparser'
import testUtils from '@adonisjs/core/services/test_utils'
import portalConfig from '#config/portal'
import Allowlist from '#services/allowlist'
import MailDelivery from '#models/mail_delivery'
import { runQueueWorker } from '#tests/helpers/queue'
import { startSmtpServer, htmlOf } from '#tests/helpers/smtp_server'
import { useSmtpMailer } from '#tests/helpers/smtp_mailer'
import HttpClient from '#tests/helpers/http_client'
import { tokenFromPath } from '#tests/helpers/login'

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

    useSmtpMailer(smtp.port, cleanup)
    await runQueueWorker(cleanup)

    await Allowlist.allowCustomer({
      email: 'Clara@Kunde.de',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const http = new HttpClient()
    await http.primeCsrf()
    await http.submit('/login', { email: 'clara@kunde.de' })

    // The mail is stored in the outbox and sent by the worker after the answer: wait for it (at most ~5 s).
    for (let waited = 0; smtp.received.length === 0 && waited < 5000; waited += 50) {
      if (smtp.failures.length) break
      await sleep(50)
    }
    const delivery = await MailDelivery.findByOrFail('recipient', 'clara@kunde.de')
    assert.equal(delivery.lastError, null, 'the queued mail could not be sent')
    assert.deepEqual(smtp.failures, [], 'the SMTP server could not parse the mail')
    assert.lengthOf(smtp.received, 1, 'exactly one mail reached the SMTP server within 5 s')

    const [{ envelope, parsed }] = smtp.received
    assert.deepEqual(envelope.to, ['clara@kunde.de'])
    assert.equal(envelope.from, 'portal@example.test')
    assert.deepEqual(recipientsOf(parsed), ['clara@kunde.de'])
    assert.equal(parsed.from?.value[0]?.address, 'portal@example.test')
    assert.include(parsed.subject ?? '', 'Testportal')
    // The outbox's internal deadline header never reaches the recipient.
    assert.isFalse(parsed.headers.has('x-portal-deliver-by'))
    // A generated mail (RFC 3834): no out-of-office reply comes back to the portal's address.
    assert.equal(parsed.headers.get('auto-submitted'), 'auto-generated')

    const html = htmlOf(parsed)
    assert.include(html, 'Anmeldung bestätigen')
    assert.match(html, /15 Minuten/)
    const button = html.match(/<a\s+href="([^"]+)"[^>]*>\s*Anmeldung bestätigen\s*<\/a>/)
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
    const confirmPage = await http.visit(path)
    assert.equal(confirmPage.component, 'auth/confirm_link')
    assert.equal(confirmPage.props.state, 'valid')

    const setup = await http.submit('/login/link', { token: tokenFromPath(path) })
    assert.equal(setup.component, 'auth/setup_totp')
    assert.match(setup.props.secret, /^[A-Z2-7]{32}$/)
  })
})
