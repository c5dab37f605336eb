import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import MailDelivery from '#models/mail_delivery'
import TwoFactorResetMail from '#mails/two_factor_reset_mail'
import PruneMailDeliveriesJob from '#jobs/prune_mail_deliveries_job'
import HttpAgent, { type InertiaPage } from '#tests/helpers/http_agent'
import { makeCustomer } from '#tests/helpers/customers'
import { staffAgent } from '#tests/helpers/staff'
import { runQueueWorker } from '#tests/helpers/queue'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { useSmtpMailer } from '#tests/helpers/smtp_mailer'

/** Polls the delivery until `done` holds (the worker runs beside the test), at most `timeoutMs`. */
async function waitForDelivery(id: number, done: (delivery: MailDelivery) => boolean, timeoutMs = 15_000) {
  for (const started = Date.now(); ; await sleep(100)) {
    const delivery = await MailDelivery.findOrFail(id)
    if (done(delivery)) return delivery
    if (Date.now() - started > timeoutMs) {
      throw new Error(`delivery ${id} stayed ${delivery.status} (${delivery.attempts} attempts, ${delivery.lastError})`)
    }
  }
}

async function latestDeliveryTo(recipient: string) {
  return MailDelivery.query().where('recipient', recipient).orderBy('id', 'desc').firstOrFail()
}

async function auditEvents(event: string) {
  return db.from('audit_events').where('event', event).orderBy('id', 'desc')
}

test.group('Mail | the outbox', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a login link is stored encrypted, sent once by the worker, then emptied', async ({ assert, cleanup }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    const customer = await makeCustomer()

    // Requested before any worker runs: the mail waits in the outbox.
    const agent = new HttpAgent()
    await agent.primeCsrf()
    await agent.submit('/login', { email: customer.email })
    const queued = await latestDeliveryTo(customer.email)
    assert.equal(queued.status, 'queued')
    assert.isTrue(queued.expiring, 'a login link is only worth sending until it expires')
    assert.isNotNull(queued.message)
    assert.notInclude(queued.message!, '/login/link/', 'the link is not readable in the database')
    assert.notInclude(queued.message!, 'Anmeldung')
    assert.lengthOf(smtp.received, 0)

    await runQueueWorker(cleanup)
    const sent = await waitForDelivery(queued.id, (delivery) => delivery.status === 'sent')
    assert.equal(sent.attempts, 1)
    assert.isNull(sent.message, 'nothing of the mail is kept once it is sent')
    assert.isNotNull(sent.sentAt)
    const mails = await smtp.waitFor(customer.email)
    assert.lengthOf(mails, 1)
    assert.match(mails[0].parsed.text ?? '', /\/login\/link\/[\w-]+/)
  })

  test('SMTP away: tried again within seconds, delivered once it is back', async ({ assert, cleanup }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await smtp.stop()
    await runQueueWorker(cleanup)
    const customer = await makeCustomer()

    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    const retrying = await waitForDelivery(delivery.id, (current) => current.attempts >= 2, 10_000)
    assert.equal(retrying.status, 'queued', 'still waiting, not given up')
    assert.match(retrying.lastError ?? '', /ECONNREFUSED/)

    await smtp.start()
    const sent = await waitForDelivery(delivery.id, (current) => current.status === 'sent', 20_000)
    assert.isAtLeast(sent.attempts, 3)
    assert.lengthOf(await smtp.waitFor(customer.email), 1, 'sent exactly once')
  })

  test('after its deadline a mail is failed: audited, listed for staff with a badge, and sent again on request', async ({
    assert,
    cleanup,
  }) => {
    const { agent: staff, user: admin } = await staffAgent()
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await smtp.stop()
    await runQueueWorker(cleanup)
    const customer = await makeCustomer()

    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    await waitForDelivery(delivery.id, (current) => current.attempts >= 1)
    // Time passes: the deadline (MAIL_GIVE_UP_AFTER, 24 h by default) is behind us at the next try.
    await MailDelivery.query().where('id', delivery.id).update({ deliverBy: DateTime.now().minus({ minutes: 1 }).toSQL() })
    const failed = await waitForDelivery(delivery.id, (current) => current.status === 'failed', 40_000)
    assert.isNotNull(failed.failedAt)
    assert.isNotNull(failed.message, 'kept (encrypted) so that it can be sent again')

    const [event] = await auditEvents('mail.failed')
    assert.equal(event.user_id, customer.id)
    assert.equal(event.meta.recipient, customer.email)
    assert.match(event.meta.error, /ECONNREFUSED/)

    const page = await staff.visit('/admin/mails')
    assert.equal(page.component, 'admin/mails/index')
    assert.equal(page.props.filters.status, 'failed', 'failed mails are what staff see first')
    assert.isAtLeast(page.props.counts.failed, 1)
    const row = page.props.deliveries.find((item: { id: number }) => item.id === delivery.id)
    assert.include(row, { recipient: customer.email, status: 'failed', canRetry: true })
    assert.notProperty(row, 'message')
    const mailsNav = page.props.nav.find((item: { href: string }) => item.href === '/admin/mails')
    assert.equal(mailsNav.badge, page.props.counts.failed, 'the badge counts the failed mails')

    await smtp.start()
    const after = await staff.submit(`/admin/mails/${delivery.id}/retry`, {})
    assert.include(after.props.flash.success, customer.email)
    const sent = await waitForDelivery(delivery.id, (current) => current.status === 'sent')
    assert.isNull(sent.message)
    assert.lengthOf(await smtp.waitFor(customer.email), 1)
    const [retried] = await auditEvents('mail.retried')
    assert.equal(retried.actor_user_id, admin.id)

    // Sent: nothing to send again.
    const again = await staff.submit(`/admin/mails/${delivery.id}/retry`, {})
    assert.include(again.props.flash.error, customer.email)
  })

  test('a permanent refusal (550) fails at once, without retries', async ({ assert, cleanup }) => {
    const smtp = await startSmtpServer({ refuse: (address) => address.startsWith('kunde') })
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await runQueueWorker(cleanup)
    const customer = await makeCustomer()

    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    const failed = await waitForDelivery(delivery.id, (current) => current.status === 'failed')
    assert.equal(failed.attempts, 1)
    assert.match(failed.lastError ?? '', /550|mailbox unavailable/)
  })

  test('a login link that could not go out before it expired is dropped, and cannot be sent again', async ({
    assert,
    cleanup,
  }) => {
    const { agent: staff } = await staffAgent()
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await smtp.stop()
    const customer = await makeCustomer()
    const agent = new HttpAgent()
    await agent.primeCsrf()
    await agent.submit('/login', { email: customer.email })
    const delivery = await latestDeliveryTo(customer.email)
    // The link expired while SMTP was away.
    await MailDelivery.query().where('id', delivery.id).update({ deliverBy: DateTime.now().minus({ seconds: 1 }).toSQL() })

    await runQueueWorker(cleanup)
    const failed = await waitForDelivery(delivery.id, (current) => current.status === 'failed')
    assert.isNull(failed.message, 'the expired link is gone from the database')

    const page = await staff.visit('/admin/mails?status=failed')
    const row = page.props.deliveries.find((item: { id: number }) => item.id === delivery.id)
    assert.include(row, { canRetry: false, expiring: true })
    const refused = await staff.submit(`/admin/mails/${delivery.id}/retry`, {})
    assert.include(refused.props.flash.error, customer.email)
    assert.equal((await MailDelivery.findOrFail(delivery.id)).status, 'failed')
  })

  test('the list filters by state and by the start of an address; bad filters are ignored', async ({ assert }) => {
    const { agent: staff } = await staffAgent()
    const now = DateTime.now()
    // Addresses of this test only: other tests' mails may be in the outbox too.
    const base = { mailer: 'smtp', subject: 'Test', attempts: 1, deliverBy: now.plus({ hours: 1 }), expiring: false }
    await MailDelivery.createMany([
      { ...base, recipient: 'listing-anna@kunde.test', status: 'sent', sentAt: now },
      { ...base, recipient: 'listing-bernd@kunde.test', status: 'queued', lastError: 'connect ECONNREFUSED' },
      { ...base, recipient: 'listing-anna_b@kunde.test', status: 'failed', failedAt: now, message: 'x' },
    ])
    const recipients = (page: InertiaPage) => page.props.deliveries.map((row: { recipient: string }) => row.recipient)

    const all = await staff.visit('/admin/mails?status=all&recipient=listing-')
    assert.isAtLeast(all.props.counts.queued, 1)
    assert.notProperty(all.props.counts, 'sent', 'sent mails are not counted: most of the table')
    assert.sameMembers(recipients(all), ['listing-anna@kunde.test', 'listing-bernd@kunde.test', 'listing-anna_b@kunde.test'])
    const queued = await staff.visit('/admin/mails?status=queued&recipient=listing-')
    assert.deepEqual(recipients(queued), ['listing-bernd@kunde.test'])
    // "_" is a literal character, not a LIKE wildcard; the match ignores case.
    const prefix = await staff.visit('/admin/mails?status=all&recipient=LISTING-ANNA_')
    assert.deepEqual(recipients(prefix), ['listing-anna_b@kunde.test'])
    const bad = await staff.visit('/admin/mails?status=nonsense&page=-3')
    assert.equal(bad.component, 'admin/mails/index')
    assert.equal(bad.props.filters.status, 'failed', 'back to the default: failed mails first')
  })

  test('the nightly clean-up deletes sent mails after 90 days and keeps failed and waiting ones', async ({ assert }) => {
    const old = DateTime.now().minus({ days: 91 })
    const base = { mailer: 'smtp', subject: 'Test', attempts: 1, deliverBy: old.plus({ hours: 24 }), expiring: false }
    const rows = await MailDelivery.createMany([
      { ...base, recipient: 'prune-old-sent@kunde.test', status: 'sent', sentAt: old, createdAt: old },
      { ...base, recipient: 'prune-new-sent@kunde.test', status: 'sent', sentAt: DateTime.now() },
      { ...base, recipient: 'prune-old-failed@kunde.test', status: 'failed', failedAt: old, createdAt: old, message: 'x' },
      { ...base, recipient: 'prune-old-queued@kunde.test', status: 'queued', createdAt: old, message: 'x' },
    ])
    await new PruneMailDeliveriesJob().execute()
    const left = await MailDelivery.query().whereIn('id', rows.map((row) => row.id))
    assert.sameMembers(
      left.map((row) => row.recipient),
      ['prune-new-sent@kunde.test', 'prune-old-failed@kunde.test', 'prune-old-queued@kunde.test']
    )
  })
})
