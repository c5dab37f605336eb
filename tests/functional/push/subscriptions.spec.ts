import { test } from '@japa/runner'
import { emptyDatabase } from '#tests/helpers/database'
import testUtils from '@adonisjs/core/services/test_utils'
import encryption from '@adonisjs/core/services/encryption'
import PushSubscription from '#models/push_subscription'
import pushConfig from '#config/push'
import { makeCustomer } from '#tests/helpers/customers'
import { logInDirectly } from '#tests/helpers/direct_login'
import { startPushEndpoint } from '#tests/helpers/push_endpoint'

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'

async function customerClient() {
  return logInDirectly(await makeCustomer())
}

function json(
  http: Awaited<ReturnType<typeof customerClient>>['http'],
  method: string,
  path: string,
  body?: Record<string, unknown>
) {
  return http.request(method, path, {
    body,
    inertia: false,
    headers: { Accept: 'application/json' },
  })
}

test.group('Push | subscribing a device', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the key to subscribe with is public to the logged-in user; guests are sent to the login', async ({
    assert,
  }) => {
    const { http, user } = await customerClient()
    const response = await json(http, 'GET', '/push')
    assert.equal(response.status, 200)
    assert.deepEqual(await response.json(), {
      enabled: true,
      publicKey: pushConfig.vapid.publicKey,
      user: user.id,
    })

    const { default: HttpClient } = await import('#tests/helpers/http_client')
    const guest = new HttpClient()
    await guest.primeCsrf()
    const anonymous = await guest.request('GET', '/push', { inertia: false })
    assert.equal(anonymous.status, 302)
    assert.equal(
      (await guest.request('POST', '/push/subscription', { inertia: false, body: {} })).status,
      302
    )
  })

  test('subscribe stores the device with its keys encrypted and a label; again refreshes it', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { http, user } = await customerClient()
    http.userAgent = IPHONE
    const device = endpoint.newDevice()

    const response = await json(http, 'POST', '/push/subscription', { ...device })
    assert.equal(response.status, 200)
    assert.deepEqual(await response.json(), { subscribed: true, label: 'Safari (iOS)' })
    const stored = await PushSubscription.findByOrFail('endpoint', device.endpoint)
    assert.equal(stored.userId, user.id)
    assert.equal(stored.label, 'Safari (iOS)')
    assert.notInclude(stored.keys, device.keys.p256dh, 'the keys are not readable in the database')
    assert.notInclude(stored.keys, device.keys.auth)
    assert.deepEqual(encryption.decrypt(stored.keys), device.keys)

    // The browser renewed its keys: the same row, new keys.
    const renewed = endpoint.newDevice()
    const again = await json(http, 'POST', '/push/subscription', {
      endpoint: device.endpoint,
      keys: renewed.keys,
    })
    assert.equal(again.status, 200)
    const rows = await PushSubscription.query().where('user_id', user.id)
    assert.lengthOf(rows, 1)
    assert.deepEqual(encryption.decrypt(rows[0].keys), renewed.keys)
  })

  test('a subscription that is not one is refused with field errors, never a 500', async ({
    assert,
  }) => {
    const { http, user } = await customerClient()
    const good = {
      endpoint: 'https://push.example.com/send/abc',
      keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
    }
    const bad: Record<string, unknown>[] = [
      {},
      { ...good, endpoint: 'not a url' },
      { ...good, endpoint: 'ftp://push.example.com/x' },
      { ...good, endpoint: `https://push.example.com/${'x'.repeat(1000)}` },
      { ...good, keys: { p256dh: 'short', auth: good.keys.auth } },
      { ...good, keys: { p256dh: good.keys.p256dh, auth: 'not base64url!!!!!!!!!!' } },
      { ...good, keys: 'nope' },
      { endpoint: ['https://a.example.com'], keys: good.keys },
    ]
    for (const body of bad) {
      const response = await json(http, 'POST', '/push/subscription', body)
      assert.equal(response.status, 422, JSON.stringify(body))
      const answer = (await response.json()) as { errors: { field: string; message: string }[] }
      assert.isAbove(answer.errors.length, 0)
    }
    assert.lengthOf(await PushSubscription.query().where('user_id', user.id), 0)
    assert.equal((await json(http, 'POST', '/push/subscription', good)).status, 200)
  })

  test('without the CSRF token nothing is stored', async ({ assert }) => {
    const { http, user } = await customerClient()
    const response = await http.request('POST', '/push/subscription', {
      inertia: false,
      csrf: false,
      headers: { Accept: 'application/json' },
      body: {
        endpoint: 'https://push.example.com/send/abc',
        keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
      },
    })
    assert.notEqual(response.status, 200)
    assert.lengthOf(await PushSubscription.query().where('user_id', user.id), 0)
  })

  test("unsubscribe removes only the user's own device; another user's endpoint is not found and stays", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const alice = await customerClient()
    const bob = await customerClient()
    const aliceDevice = endpoint.newDevice()
    const bobDevice = endpoint.newDevice()
    assert.equal((await json(alice.http, 'POST', '/push/subscription', aliceDevice)).status, 200)
    assert.equal((await json(bob.http, 'POST', '/push/subscription', bobDevice)).status, 200)

    const foreign = await json(alice.http, 'DELETE', '/push/subscription', {
      endpoint: bobDevice.endpoint,
    })
    assert.equal(foreign.status, 404)
    assert.deepEqual(await foreign.json(), {
      message: 'Auf diesem Gerät sind keine Benachrichtigungen eingeschaltet.',
    })
    assert.isNotNull(await PushSubscription.findBy('endpoint', bobDevice.endpoint))

    const empty = await json(alice.http, 'DELETE', '/push/subscription', {})
    assert.equal(empty.status, 422)

    const own = await json(alice.http, 'DELETE', '/push/subscription', {
      endpoint: aliceDevice.endpoint,
    })
    assert.equal(own.status, 200)
    assert.deepEqual(await own.json(), { subscribed: false })
    assert.isNull(await PushSubscription.findBy('endpoint', aliceDevice.endpoint))
    assert.isNotNull(await PushSubscription.findBy('endpoint', bobDevice.endpoint))
  })

  test('a browser used by someone else before: the device now notifies the new user only', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const first = await customerClient()
    const second = await customerClient()
    const device = endpoint.newDevice()
    await json(first.http, 'POST', '/push/subscription', device)
    assert.equal((await json(second.http, 'POST', '/push/subscription', device)).status, 200)
    const rows = await PushSubscription.query().where('endpoint', device.endpoint)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].userId, second.user.id)
  })

  test('a shared computer: opening the account page (refresh) never takes over the device; only the click does', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const first = await customerClient()
    const second = await customerClient()
    const device = endpoint.newDevice()
    assert.equal((await json(first.http, 'POST', '/push/subscription', device)).status, 200)

    // The second person opens /account in the same browser: the page hands over what the browser has.
    const renewedKeys = endpoint.newDevice().keys
    const visit = await json(second.http, 'POST', '/push/subscription', {
      endpoint: device.endpoint,
      keys: renewedKeys,
      refresh: true,
    })
    assert.equal(visit.status, 200)
    assert.deepEqual(await visit.json(), { subscribed: false }, 'the page shows "off"')
    const untouched = await PushSubscription.findByOrFail('endpoint', device.endpoint)
    assert.equal(untouched.userId, first.user.id, 'still the first person’s device')
    assert.deepEqual(encryption.decrypt(untouched.keys), device.keys, 'and their keys')

    // A refresh of a device nobody has turned on creates nothing either.
    const unknown = endpoint.newDevice()
    const nobodys = await json(second.http, 'POST', '/push/subscription', {
      ...unknown,
      refresh: true,
    })
    assert.deepEqual(await nobodys.json(), { subscribed: false })
    assert.isNull(await PushSubscription.findBy('endpoint', unknown.endpoint))

    // The first person's own visit renews the keys of their device.
    const own = await json(first.http, 'POST', '/push/subscription', {
      endpoint: device.endpoint,
      keys: renewedKeys,
      refresh: true,
    })
    assert.equal(own.status, 200)
    assert.include(await own.json(), { subscribed: true })
    const renewed = await PushSubscription.findByOrFail('endpoint', device.endpoint)
    assert.equal(renewed.userId, first.user.id)
    assert.deepEqual(encryption.decrypt(renewed.keys), renewedKeys)

    // The second person clicks "einschalten": now it is theirs.
    const click = await json(second.http, 'POST', '/push/subscription', device)
    assert.equal(click.status, 200)
    assert.include(await click.json(), { subscribed: true })
    const taken = await PushSubscription.query().where('endpoint', device.endpoint)
    assert.lengthOf(taken, 1)
    assert.equal(taken[0].userId, second.user.id)
  })

  test('at most 20 devices: the oldest go, also when a device is taken over from someone else', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { user } = await customerClient()
    const other = await customerClient()
    const { default: PushSubscriptions } = await import('#services/push_subscriptions')
    const { DateTime } = await import('luxon')
    const mine = []
    for (let index = 0; index < pushConfig.maxPerUser; index++) {
      const saved = await PushSubscriptions.subscribe(user.id, endpoint.newDevice(), '')
      // Distinct ages: the first is the oldest.
      saved!.createdAt = DateTime.now().minus({ minutes: 100 - index })
      await saved!.save()
      mine.push(saved!)
    }
    const shared = endpoint.newDevice()
    await PushSubscriptions.subscribe(other.user.id, shared, '')
    await PushSubscriptions.subscribe(user.id, shared, '')
    const rows = await PushSubscription.query().where('user_id', user.id)
    assert.lengthOf(rows, pushConfig.maxPerUser)
    assert.notInclude(
      rows.map((row) => row.id),
      mine[0].id,
      'the oldest went'
    )
    assert.include(
      rows.map((row) => row.endpoint),
      shared.endpoint,
      'the device taken over stays'
    )
  })
})

/**
 * Without the global transaction: each request its own connection and
 * transaction, so two inserts of one endpoint really race. Its rows are
 * committed, so the database is emptied afterwards: later groups count rows.
 */
test.group('Push | subscribing, requests at once', (group) => {
  group.each.teardown(() => emptyDatabase())

  test('the same device sent twice at once: one row, no 500', async ({ assert, cleanup }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { http, user } = await customerClient()
    const device = endpoint.newDevice()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => json(http, 'POST', '/push/subscription', device))
    )
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200, 200, 200, 200, 200]
    )
    assert.lengthOf(await PushSubscription.query().where('user_id', user.id), 1)
  })
})
