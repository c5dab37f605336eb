import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import encryption from '@adonisjs/core/services/encryption'
import pushConfig from '#config/push'
import PushSubscription from '#models/push_subscription'
import type User from '#models/user'
import { pushToUsers } from '#plugin_kit/push'
import PushSubscriptions from '#services/push_subscriptions'
import SendPushJob from '#jobs/send_push_job'
import mail from '@adonisjs/mail/services/main'
import { makeCustomer } from '#tests/helpers/customers'
import { loggedInStaff } from '#tests/functional/account/support'
import { logInDirectly } from '#tests/helpers/direct_login'
import { runQueueWorker } from '#tests/helpers/queue'
import { startPushEndpoint, type PushEndpoint } from '#tests/helpers/push_endpoint'
import { coreOnly } from '#tests/helpers/core_only'

/** A device of this user with push turned on, at the local push endpoint. */
async function subscribedDevice(endpoint: PushEndpoint, user: User, name?: string) {
  const device = endpoint.newDevice(name)
  const subscription = await PushSubscriptions.subscribe(user.id, device, 'Chrome/150 Android')
  return { device, subscription: subscription! }
}

const message = (locale: string) => ({
  title: locale === 'en' ? 'New reply to ticket T-1' : 'Neue Antwort zu Ticket T-1',
  body: 'Drucker',
  url: '/account',
})

/** Polls until `done` holds, at most `timeoutMs`. */
async function until(done: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  for (const started = Date.now(); !(await done()); await sleep(100)) {
    if (Date.now() - started > timeoutMs) throw new Error(`waited in vain for: ${what}`)
  }
}

test.group('Push | delivery through the queue', (group) => {
  coreOnly(group)
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("every device of the user gets it, encrypted for the device, signed with the portal's VAPID key, in the user's language", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const german = await makeCustomer()
    const english = await makeCustomer()
    english.locale = 'en'
    await english.save()
    const bystander = await makeCustomer()
    const phone = await subscribedDevice(endpoint, german, 'phone')
    await subscribedDevice(endpoint, german, 'laptop')
    await subscribedDevice(endpoint, english, 'english')
    await subscribedDevice(endpoint, bystander, 'bystander')

    assert.equal(await pushToUsers([german.id, english.id, german.id], message), 3)
    await runQueueWorker(cleanup)
    const [received] = await endpoint.waitFor('phone')
    await endpoint.waitFor('laptop')
    const [inEnglish] = await endpoint.waitFor('english')

    assert.deepEqual(received.json, {
      title: 'Neue Antwort zu Ticket T-1',
      body: 'Drucker',
      url: '/account',
      user: german.id,
    })
    assert.equal((inEnglish.json as { title: string }).title, 'New reply to ticket T-1')
    assert.equal(received.vapidKey, pushConfig.vapid.publicKey)
    assert.equal(received.claims.sub, 'mailto:support@example.test')
    assert.equal(received.headers['content-encoding'], 'aes128gcm')
    assert.equal(received.headers.ttl, String(pushConfig.ttlSeconds))
    await sleep(300)
    assert.lengthOf(
      endpoint.received.filter((push) => push.device === 'bystander'),
      0,
      'only the users asked for'
    )
    assert.lengthOf(endpoint.received, 3, 'each device once')
    await until(
      async () => (await PushSubscription.findOrFail(phone.subscription.id)).lastUsedAt !== null,
      'last_used_at'
    )
  })

  test('disabled users and users without a device get nothing; nothing is queued', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const disabled = await makeCustomer()
    await subscribedDevice(endpoint, disabled, 'disabled')
    disabled.status = 'disabled'
    await disabled.save()
    const without = await makeCustomer()
    assert.equal(await pushToUsers([disabled.id, without.id], message), 0)
    assert.equal(await pushToUsers([], message), 0)
  })

  test('410 Gone: the subscription expired and is deleted; 404 the same; nothing is tried again', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const gone = await subscribedDevice(endpoint, user, 'gone')
    endpoint.failNext(410)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    await until(async () => !(await PushSubscription.find(gone.subscription.id)), '410 removes')

    const missing = await subscribedDevice(endpoint, user, 'missing')
    endpoint.failNext(404)
    await pushToUsers([user.id], message)
    await until(async () => !(await PushSubscription.find(missing.subscription.id)), '404 removes')
    await sleep(3_000)
    assert.equal(endpoint.requests, 2, 'an expired subscription is not tried again')
    assert.lengthOf(endpoint.received, 0)
  })

  test('500 from the push service: tried again with backoff, delivered once, the subscription kept', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'flaky')
    endpoint.failNext(500, 503)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    const received = await endpoint.waitFor('flaky', 1, 30_000)
    assert.lengthOf(received, 1)
    assert.equal(endpoint.requests, 3, 'two failures, then the delivery')
    assert.isNotNull(await PushSubscription.find(subscription.id))
  })

  test('push service unreachable: the notification waits in the queue and arrives when it is back', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'offline')
    await endpoint.stop()
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    await sleep(4_000)
    assert.lengthOf(endpoint.received, 0)
    assert.isNotNull(await PushSubscription.find(subscription.id), 'kept while unreachable')

    await endpoint.start()
    const received = await endpoint.waitFor('offline', 1, 40_000)
    assert.deepEqual(received[0].json, { ...message('de'), user: user.id })
  }).timeout(60_000)

  test('another refusal (400, 413): logged and dropped, the subscription kept, not tried again', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'refusing')
    endpoint.failNext(413)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    await endpoint.waitForRequests(1)
    await sleep(4_000)
    assert.equal(endpoint.requests, 1)
    assert.isNotNull(await PushSubscription.find(subscription.id))
  })

  test('429 Too Many Requests: tried again later and delivered once, the subscription kept', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'busy')
    endpoint.failNext(429)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    const received = await endpoint.waitFor('busy', 1, 30_000)
    assert.lengthOf(received, 1)
    assert.equal(endpoint.requests, 2, 'the 429, then the delivery')
    assert.isNotNull(await PushSubscription.find(subscription.id))
  })

  test('no answer in time (timeout): the try counts as failed, the next one delivers', async ({
    assert,
    cleanup,
  }) => {
    const config = pushConfig as { timeoutMs: number }
    const timeoutMs = config.timeoutMs
    config.timeoutMs = 300
    cleanup(() => {
      config.timeoutMs = timeoutMs
    })
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'slow')
    endpoint.delayNext(2_000)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    // The slow answer (2 s) still arrives at the endpoint after the job gave up on it: 2 decrypted.
    const received = await endpoint.waitFor('slow', 2, 30_000)
    assert.equal(endpoint.requests, 2, 'the timed-out try and the next one')
    assert.lengthOf(received, 2)
    await until(
      async () => (await PushSubscription.findOrFail(subscription.id)).lastUsedAt !== null,
      'delivered'
    )
  })

  test('a redirect (3xx) is not followed: logged and dropped, not tried again, the subscription kept', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'moved')
    endpoint.failNext(307)
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    await endpoint.waitForRequests(1)
    await sleep(4_000)
    assert.equal(endpoint.requests, 1)
    assert.deepEqual(endpoint.paths, ['/push/moved'], 'the Location was not requested')
    assert.lengthOf(endpoint.received, 0)
    assert.isNotNull(await PushSubscription.find(subscription.id))
  })

  test('a user disabled after the notification was queued gets nothing', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    await subscribedDevice(endpoint, user, 'disabled-later')
    assert.equal(await pushToUsers([user.id], message), 1)
    user.status = 'disabled'
    await user.save()
    await runQueueWorker(cleanup)
    await sleep(3_000)
    assert.equal(endpoint.requests, 0)
  })

  test('keys that cannot be read any more (APP_KEY changed): the subscription is removed, nothing sent', async ({
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'lost')
    subscription.keys = encryption.encrypt('x').replace(/.$/, 'A') + 'broken'
    await subscription.save()
    await pushToUsers([user.id], message)
    await runQueueWorker(cleanup)
    await until(async () => !(await PushSubscription.find(subscription.id)), 'removed')
  })

  test('the browser changed hands after queueing (someone else turned it on there): nothing is sent', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const before = await makeCustomer()
    const after = await makeCustomer()
    const { device } = await subscribedDevice(endpoint, before, 'shared')
    await pushToUsers([before.id], message)
    await PushSubscriptions.subscribe(after.id, device, '')
    await runQueueWorker(cleanup)
    await sleep(3_000)
    assert.equal(endpoint.requests, 0)
  })

  test('turned off after queueing: nothing is sent', async ({ assert, cleanup }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { device } = await subscribedDevice(endpoint, user, 'off')
    await pushToUsers([user.id], message)
    await PushSubscriptions.unsubscribe(user.id, device.endpoint)
    await runQueueWorker(cleanup)
    await sleep(3_000)
    assert.equal(endpoint.requests, 0)
  })
})

test.group('Push | giving up', (group) => {
  coreOnly(group)
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  /** One try of the job, as the worker runs it, at this attempt. */
  async function tryOnce(subscriptionId: number, userId: number, attempt: number) {
    const job = new SendPushJob()
    job.$hydrate(
      { subscriptionId, userId, message: message('de') },
      {
        jobId: `test-${attempt}`,
        name: 'SendPushJob',
        attempt,
        queue: 'default',
        priority: 5,
        acquiredAt: new Date(),
        stalledCount: 0,
      }
    )
    return job.execute()
  }

  test('production: a stored endpoint that is not an allowed push service is not posted to', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    // Stored while local endpoints were allowed (or the allowlist shrank since).
    const { subscription } = await subscribedDevice(endpoint, user, 'internal')
    const config = pushConfig as { allowLocalEndpoints: boolean }
    config.allowLocalEndpoints = false
    cleanup(() => {
      config.allowLocalEndpoints = true
    })
    await tryOnce(subscription.id, user.id, 1)
    assert.equal(endpoint.requests, 0)
    config.allowLocalEndpoints = true
    await tryOnce(subscription.id, user.id, 1)
    assert.equal(endpoint.requests, 1, 'the same job posts where it may')
  })

  test('unreachable on every try: thrown back to the queue until the last try, which is logged and dropped; the device stays', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const user = await makeCustomer()
    const { subscription } = await subscribedDevice(endpoint, user, 'away')
    await endpoint.stop()
    await assert.rejects(() => tryOnce(subscription.id, user.id, 1))
    await assert.rejects(() => tryOnce(subscription.id, user.id, pushConfig.maxAttempts))
    await tryOnce(subscription.id, user.id, pushConfig.maxAttempts + 1)
    assert.isNotNull(
      await PushSubscription.find(subscription.id),
      'the device may be back tomorrow'
    )
    assert.equal(SendPushJob.options.maxRetries, pushConfig.maxAttempts)
  })
})

test.group('Push | without VAPID keys', (group) => {
  coreOnly(group)
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => {
    const config = pushConfig as { enabled: boolean }
    config.enabled = false
    return () => {
      config.enabled = true
    }
  })

  test('push is off: the page is told so, subscribing is refused, nothing is queued', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { http, user } = await logInDirectly(await makeCustomer())
    const headers = { Accept: 'application/json' }
    const status = await http.request('GET', '/push', { inertia: false, headers })
    assert.include(await status.json(), { enabled: false })

    const refused = await http.request('POST', '/push/subscription', {
      inertia: false,
      headers,
      body: endpoint.newDevice(),
    })
    assert.equal(refused.status, 409)
    assert.deepEqual(await refused.json(), {
      message: 'Benachrichtigungen sind in diesem Portal nicht eingerichtet.',
    })

    await subscribedDevice(endpoint, user, 'stored-before')
    assert.equal(await pushToUsers([user.id], message), 0)
  })
})

test.group('Push | a 2FA reset', (group) => {
  coreOnly(group)
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test("removes the user's devices: nothing is sent there any more, also what was queued", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    mail.fake()
    const { http: admin } = await loggedInStaff('admin')
    const user = await makeCustomer()
    const other = await makeCustomer()
    await subscribedDevice(endpoint, user, 'phone')
    await subscribedDevice(endpoint, user, 'laptop')
    await subscribedDevice(endpoint, other, 'other')
    assert.equal(await pushToUsers([user.id], message), 2)

    await admin.visit(`/admin/users/${user.id}/security`)
    await admin.submit(`/admin/users/${user.id}/two-factor/reset`, {
      reason: 'Smartphone verloren, telefonisch bestätigt',
      confirm: true,
    })
    assert.lengthOf(await PushSubscription.query().where('user_id', user.id), 0)
    assert.lengthOf(await PushSubscription.query().where('user_id', other.id), 1)

    await runQueueWorker(cleanup)
    await sleep(3_000)
    assert.equal(endpoint.requests, 0)
  })
})
