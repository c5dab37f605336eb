import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import MailDelivery from '#models/mail_delivery'
import TwoFactorResetMail from '#mails/two_factor_reset_mail'
import MaintainMailOutboxJob from '#jobs/maintain_mail_outbox_job'
import MailOutbox from '#services/mail_outbox'
import SendMailJob from '#jobs/send_mail_job'
import HttpClient, { type InertiaPage } from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { staffClient } from '#tests/helpers/staff'
import { runQueueWorker } from '#tests/helpers/queue'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { useSmtpMailer } from '#tests/helpers/smtp_mailer'
import { coreOnly } from '#tests/helpers/core_only'

/** Polls the delivery until `done` holds (the worker runs beside the test), at most `timeoutMs`. */
async function waitForDelivery(
  id: number,
  done: (delivery: MailDelivery) => boolean,
  timeoutMs = 15_000
) {
  for (const started = Date.now(); ; await sleep(100)) {
    const delivery = await MailDelivery.findOrFail(id)
    if (done(delivery)) return delivery
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `delivery ${id} stayed ${delivery.status} (${delivery.attempts} attempts, ${delivery.lastError})`
      )
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
  coreOnly(group)
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a login link is stored encrypted, sent once by the worker, then emptied', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    const customer = await makeCustomer()

    // Requested before any worker runs: the mail waits in the outbox.
    const http = new HttpClient()
    await http.primeCsrf()
    await http.submit('/login', { email: customer.email })
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

  test('SMTP away: tried again within seconds, delivered once it is back', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await smtp.stop()
    await runQueueWorker(cleanup)
    const customer = await makeCustomer()

    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    // Between two tries (not in the middle of one): waiting for the next, not given up.
    const retrying = await waitForDelivery(
      delivery.id,
      (current) => current.attempts >= 2 && current.status === 'queued',
      10_000
    )
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
    const { http: staff, user: admin } = await staffClient()
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
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ deliverBy: DateTime.now().minus({ minutes: 1 }).toSQL() })
    const failed = await waitForDelivery(
      delivery.id,
      (current) => current.status === 'failed',
      40_000
    )
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
    const { http: staff } = await staffClient()
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await smtp.stop()
    const customer = await makeCustomer()
    const http = new HttpClient()
    await http.primeCsrf()
    await http.submit('/login', { email: customer.email })
    const delivery = await latestDeliveryTo(customer.email)
    // The link expired while SMTP was away.
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ deliverBy: DateTime.now().minus({ seconds: 1 }).toSQL() })

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

  test('the list filters by state and by the start of an address; bad filters are ignored', async ({
    assert,
  }) => {
    const { http: staff } = await staffClient()
    const now = DateTime.now()
    // Addresses of this test only: other tests' mails may be in the outbox too.
    const base = {
      mailer: 'smtp',
      subject: 'Test',
      attempts: 1,
      deliverBy: now.plus({ hours: 1 }),
      expiring: false,
    }
    await MailDelivery.createMany([
      { ...base, recipient: 'listing-anna@kunde.test', status: 'sent', sentAt: now },
      {
        ...base,
        recipient: 'listing-bernd@kunde.test',
        status: 'queued',
        lastError: 'connect ECONNREFUSED',
      },
      {
        ...base,
        recipient: 'listing-anna_b@kunde.test',
        status: 'failed',
        failedAt: now,
        message: 'x',
      },
    ])
    const recipients = (page: InertiaPage) =>
      page.props.deliveries.map((row: { recipient: string }) => row.recipient)

    const all = await staff.visit('/admin/mails?status=all&recipient=listing-')
    assert.isAtLeast(all.props.counts.queued, 1)
    assert.notProperty(all.props.counts, 'sent', 'sent mails are not counted: most of the table')
    assert.sameMembers(recipients(all), [
      'listing-anna@kunde.test',
      'listing-bernd@kunde.test',
      'listing-anna_b@kunde.test',
    ])
    const queued = await staff.visit('/admin/mails?status=queued&recipient=listing-')
    assert.deepEqual(recipients(queued), ['listing-bernd@kunde.test'])
    // "_" is a literal character, not a LIKE wildcard; the match ignores case.
    const prefix = await staff.visit('/admin/mails?status=all&recipient=LISTING-ANNA_')
    assert.deepEqual(recipients(prefix), ['listing-anna_b@kunde.test'])
    const bad = await staff.visit('/admin/mails?status=nonsense&page=-3')
    assert.equal(bad.component, 'admin/mails/index')
    assert.equal(bad.props.filters.status, 'failed', 'back to the default: failed mails first')
  })

  test('the housekeeping deletes sent and dismissed mails after 90 days and keeps failed and waiting ones', async ({
    assert,
  }) => {
    const old = DateTime.now().minus({ days: 91 })
    const base = {
      mailer: 'smtp',
      subject: 'Test',
      attempts: 1,
      deliverBy: old.plus({ hours: 24 }),
      expiring: false,
    }
    const rows = await MailDelivery.createMany([
      {
        ...base,
        recipient: 'prune-old-sent@kunde.test',
        status: 'sent',
        sentAt: old,
        createdAt: old,
      },
      { ...base, recipient: 'prune-new-sent@kunde.test', status: 'sent', sentAt: DateTime.now() },
      {
        ...base,
        recipient: 'prune-old-failed@kunde.test',
        status: 'failed',
        failedAt: old,
        createdAt: old,
        message: 'x',
      },
      {
        ...base,
        recipient: 'prune-old-queued@kunde.test',
        status: 'queued',
        createdAt: old,
        message: 'x',
      },
      { ...base, recipient: 'prune-old-dismissed@kunde.test', status: 'dismissed', createdAt: old },
    ])
    await new MaintainMailOutboxJob().execute()
    const left = await MailDelivery.query().whereIn(
      'id',
      rows.map((row) => row.id)
    )
    assert.sameMembers(
      left.map((row) => row.recipient),
      ['prune-new-sent@kunde.test', 'prune-old-failed@kunde.test', 'prune-old-queued@kunde.test']
    )
  })

  test('a mail is sent by one job only: a second claim, a second retry click and a sent mail change nothing', async ({
    assert,
  }) => {
    const { user: admin } = await staffClient()
    const customer = await makeCustomer()
    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)

    const first = await MailOutbox.claim(delivery.id)
    assert.equal(first?.status, 'sending')
    assert.isNull(await MailOutbox.claim(delivery.id), 'taken: a second job does nothing')
    await MailOutbox.markSent(first!)
    assert.isNull(await MailOutbox.claim(delivery.id), 'sent: nothing to do')

    // Two clicks on "Erneut senden" for a failed mail queue it once.
    const failed = await MailDelivery.create({
      mailer: 'smtp',
      recipient: customer.email,
      subject: 'Einladung',
      status: 'failed',
      attempts: 2,
      message: 'encrypted',
      deliverBy: DateTime.now(),
      expiring: false,
    })
    const clicks = await Promise.all([
      MailOutbox.retry(failed, admin),
      MailOutbox.retry(failed, admin),
    ])
    assert.sameMembers(clicks, [true, false])
    assert.lengthOf(
      await db
        .from('audit_events')
        .where('event', 'mail.retried')
        .whereRaw(`meta->>'delivery' = ?`, [String(failed.id)]),
      1
    )
  })

  test('a mail whose job was lost (a crash between storing and queueing it) is queued again and sent', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    const customer = await makeCustomer()
    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    // The job never reached the queue, and minutes went by.
    await db
      .connection('queue')
      .from('queue_jobs')
      .where('data', 'like', `%"deliveryId":${delivery.id}%`)
      .delete()
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ updated_at: DateTime.now().minus({ minutes: 5 }).toSQL() })

    await runQueueWorker(cleanup)
    await new MaintainMailOutboxJob().execute()
    await waitForDelivery(delivery.id, (current) => current.status === 'sent')
    assert.lengthOf(await smtp.waitFor(customer.email), 1)
  })

  test('when the queue cannot take the job, the request still succeeds and the stored mail goes out later', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    const customer = await makeCustomer()
    const dispatch = SendMailJob.dispatch
    SendMailJob.dispatch = () => {
      throw new Error('the queue is away')
    }
    try {
      await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    } finally {
      SendMailJob.dispatch = dispatch
    }
    const delivery = await latestDeliveryTo(customer.email)
    assert.equal(delivery.status, 'queued')
    // Two minutes later the housekeeping finds it without a job.
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ updated_at: DateTime.now().minus({ minutes: 3 }).toSQL() })
    await runQueueWorker(cleanup)
    await new MaintainMailOutboxJob().execute()
    await waitForDelivery(delivery.id, (current) => current.status === 'sent')
    assert.lengthOf(await smtp.waitFor(customer.email), 1)
  })

  test('staff dismiss a failed mail: it leaves the failed list and its content is deleted', async ({
    assert,
  }) => {
    const { http: staff, user: admin } = await staffClient()
    const now = DateTime.now()
    const failed = await MailDelivery.create({
      mailer: 'smtp',
      recipient: 'dismiss-me@kunde.test',
      subject: 'Einladung',
      status: 'failed',
      attempts: 3,
      failedAt: now,
      lastError: '550 mailbox unavailable',
      message: 'encrypted',
      deliverBy: now,
      expiring: false,
    })
    const before = await staff.visit('/admin/mails?status=failed')
    const answer = await staff.submit(`/admin/mails/${failed.id}/dismiss`, {})
    assert.include(answer.props.flash.success, 'dismiss-me@kunde.test')
    const after = await staff.visit('/admin/mails?status=failed')
    assert.equal(after.props.counts.failed, before.props.counts.failed - 1)
    await failed.refresh()
    assert.equal(failed.status, 'dismissed')
    assert.isNull(failed.message)
    const [event] = await db
      .from('audit_events')
      .where('event', 'mail.dismissed')
      .orderBy('id', 'desc')
    assert.equal(event.actor_user_id, admin.id)
    // Once dismissed, neither sent again nor dismissed again.
    const again = await staff.submit(`/admin/mails/${failed.id}/retry`, {})
    assert.include(again.props.flash.error, 'dismiss-me@kunde.test')
  })

  test('a stored mail that cannot be read any more (APP_KEY changed) is failed at once, not retried forever', async ({
    assert,
    cleanup,
  }) => {
    await runQueueWorker(cleanup)
    const customer = await makeCustomer()
    await mail.sendLater(new TwoFactorResetMail(customer, 'de'))
    const delivery = await latestDeliveryTo(customer.email)
    // Encrypted with another key: it decrypts to nothing.
    await MailDelivery.query()
      .where('id', delivery.id)
      .update({ message: 'not-what-this-key-wrote' })
    const failed = await waitForDelivery(delivery.id, (current) => current.status === 'failed')
    assert.match(failed.lastError ?? '', /cannot be read/)
  })

  test('an attachment given as bytes survives the outbox', async ({ assert, cleanup }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    useSmtpMailer(smtp.port, cleanup)
    await runQueueWorker(cleanup)
    await mail.sendLater((message) => {
      message
        .to('bytes@kunde.test')
        .subject('Mit Anhang')
        .text('Siehe Anhang.')
        .attachData(Buffer.from('Hallo Anhang'), { filename: 'hallo.txt' })
    })
    const [received] = await smtp.waitFor('bytes@kunde.test')
    assert.equal(received.parsed.attachments[0]?.filename, 'hallo.txt')
    assert.equal(received.parsed.attachments[0]?.content.toString(), 'Hallo Anhang')
  })
})
