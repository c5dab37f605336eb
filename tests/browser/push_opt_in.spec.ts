import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '#tests/helpers/chromium'
import Allowlist from '#services/allowlist'
import PushSubscription from '#models/push_subscription'
import { emptyDatabase } from '#tests/helpers/database'
import {
  FAKE_PUSH_SERVICE,
  startPushEndpoint,
  storedFakeSubscription,
  workerReady,
} from '#tests/helpers/push_endpoint'
import {
  buildClientForProduction,
  launchChromiumWithProfile,
  logInFirstTime,
  startProductionServer,
  type ProductionServer,
} from '#tests/helpers/pwa_production'
import { pushToUsers } from '#plugin_kit/push'

/**
 * Issue 15: turning on push notifications as a customer does it, in
 * Chromium on the production build (the service worker exists only there).
 *
 * What is faked, and only that: the browser's push service. Chromium here
 * has no network, so PushManager.subscribe() cannot reach Google's; the
 * page's subscribe()/getSubscription() are replaced (before any page script
 * runs) by ones that make what a browser makes, real keys included (WebCrypto
 * ECDH P-256 and a 16-byte auth secret), with an endpoint at the local push
 * service of tests/helpers/push_endpoint.ts. Everything else is real: the
 * permission, the account page, the server storing it, a notification
 * queued and sent by the production server's worker, the push service
 * checking VAPID and decrypting it with the keys made in the page, and the
 * built service worker showing the notification (Chromium's DevTools
 * protocol delivers the push message to it, as a push service would).
 */
test.group('Browser | push notifications (production build)', (group) => {
  let server: ProductionServer

  group.setup(async () => {
    await buildClientForProduction()
    // The local push service speaks http on 127.0.0.1, which production refuses otherwise.
    server = await startProductionServer({ PUSH_ALLOW_LOCAL_ENDPOINTS: 'true' })
    return () => server.stop()
  })
  group.each.setup(() => emptyDatabase())

  test('installed app: the dashboard offers notifications once; accepted, the device is subscribed and the offer stays away', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { user: customer } = await Allowlist.allowCustomer({
      email: `app-${Date.now()}@kunde.test`,
      organization: 'Push App GmbH',
    })
    // Chromium's app window: the real display-mode standalone of an installed app.
    const profile = await mkdtemp(join(tmpdir(), 'portal-push-app-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: [...chromiumArgs, `--app=${server.url}/login`],
      locale: 'de-DE',
      baseURL: server.url,
    })
    cleanup(async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    })
    await context.addInitScript(
      `window.__testPushEndpoint = ${JSON.stringify(endpoint.urlOf('app'))};${FAKE_PUSH_SERVICE}`
    )
    const page = context.pages()[0] ?? (await context.newPage())
    await logInFirstTime(page, customer.email, (email) => server.magicLinkPath(email))
    await workerReady(page)
    await page.goto('/dashboard')
    const offer = page.getByTestId('push-offer')
    await offer.getByText('Möchtest du auf diesem Gerät benachrichtigt werden').waitFor()

    // The person says yes in the browser's permission prompt.
    await context.grantPermissions(['notifications'], { origin: server.url })
    await offer.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click()
    await offer.waitFor({ state: 'detached' })
    const made = await storedFakeSubscription(page)
    const stored = await PushSubscription.findByOrFail('endpoint', made.endpoint)
    assert.equal(stored.userId, customer.id)

    await page.reload()
    await page.getByRole('heading', { name: /^Hallo / }).waitFor()
    await page.waitForTimeout(500)
    assert.equal(await offer.count(), 0, 'asked once')
  }).timeout(180_000)

  test('a customer turns notifications on, a notification reaches the device, the built worker shows it; and off again', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { user: customer } = await Allowlist.allowCustomer({
      email: `push-${Date.now()}@kunde.test`,
      organization: 'Push Browser GmbH',
      name: 'Pia Push',
    })
    const browser = await launchChromiumWithProfile(server.url)
    cleanup(() => browser.close())
    const context = browser.context
    await context.grantPermissions(['notifications'], { origin: server.url })
    await context.addInitScript(
      `window.__testPushEndpoint = ${JSON.stringify(endpoint.urlOf('browser'))};${FAKE_PUSH_SERVICE}`
    )
    const page = await context.newPage()
    await logInFirstTime(page, customer.email, (email) => server.magicLinkPath(email))
    await workerReady(page)

    await page.goto('/account')
    const section = page.getByTestId('push-notifications')
    await section.getByText('Auf diesem Gerät ausgeschaltet.').waitFor()
    await section.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click()
    await section.getByText('Auf diesem Gerät eingeschaltet.').waitFor()
    // One button whose label changes: the keyboard focus stays on it; the status is a live region.
    assert.equal(
      await page.evaluate(`document.activeElement && document.activeElement.textContent.trim()`),
      'Benachrichtigungen ausschalten'
    )
    assert.equal(await section.getByTestId('push-status').getAttribute('aria-live'), 'polite')

    // The browser subscribed with the portal's key; the server stored that subscription for this user.
    const made = await storedFakeSubscription(page)
    assert.equal(made.applicationServerKey, process.env.VAPID_PUBLIC_KEY)
    const stored = await PushSubscription.findByOrFail('endpoint', made.endpoint)
    assert.equal(stored.userId, customer.id)
    assert.equal(stored.label, 'Chrome (Linux)')
    endpoint.addDevice('browser', {
      privateKey: Buffer.from(made.privateKey, 'base64url'),
      publicKey: Buffer.from(made.keys.p256dh, 'base64url'),
      auth: Buffer.from(made.keys.auth, 'base64url'),
    })

    // A reload finds it on.
    await page.reload()
    await section.getByText('Auf diesem Gerät eingeschaltet.').waitFor()

    // Something notifies the customer (plugins call pushToUsers): the production server's worker
    // sends it, the push service decrypts it.
    assert.equal(
      await pushToUsers([customer.id], () => ({
        title: 'Neue Nachricht P-7',
        body: 'Drucker im 2. OG',
        url: '/account',
      })),
      1
    )
    const [push] = await endpoint.waitFor('browser', 1, 30_000)
    assert.deepEqual(push.json, {
      title: 'Neue Nachricht P-7',
      body: 'Drucker im 2. OG',
      url: '/account',
      user: customer.id,
    })

    // The push service hands the message to the browser: the built worker shows it.
    const cdp = await context.newCDPSession(page)
    const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => resolve(event.registrations))
    )
    await cdp.send('ServiceWorker.enable')
    const registration = (await registrations).find((entry) =>
      entry.scopeURL.startsWith(server.url)
    )!
    let previous = ''
    const deliver = async (data: string) => {
      await cdp.send('ServiceWorker.deliverPushMessage', {
        origin: server.url,
        registrationId: registration.registrationId,
        data,
      })
      // The newest notification (one per page: the same tag replaces an older one).
      for (let tries = 0; tries < 50; tries++) {
        await page.waitForTimeout(100)
        const shown = (await page.evaluate(`navigator.serviceWorker.ready
          .then((registration) => registration.getNotifications())
          .then((list) => list.map((n) => ({ title: n.title, body: n.body, url: n.data && n.data.url })))`)) as {
          title: string
          body: string
          url: string
        }[]
        const newest = shown.at(-1)
        if (newest && newest.title !== previous) {
          previous = newest.title
          return shown
        }
      }
      throw new Error('no new notification shown')
    }
    assert.deepEqual(await deliver(push.text), [
      {
        title: 'Neue Nachricht P-7',
        body: 'Drucker im 2. OG',
        url: `${server.url}/account`,
      },
    ])

    // Logged out on this device (a shared computer): a notification without the subject.
    const cookies = await context.cookies()
    await context.clearCookies()
    assert.deepEqual(await deliver(push.text), [
      {
        title: `Neue Benachrichtigung – ${new URL(server.url).host}`,
        body: '',
        url: `${server.url}/account`,
      },
    ])
    await context.addCookies(cookies)

    // Off again: gone on the server and in the browser.
    await section.getByRole('button', { name: 'Benachrichtigungen ausschalten' }).click()
    await section.getByText('Auf diesem Gerät ausgeschaltet.').waitFor()
    assert.isNull(await PushSubscription.findBy('endpoint', made.endpoint))
    assert.isNull(await page.evaluate(`localStorage.getItem('test.fakePushSubscription')`))

    // Blocked in the browser's settings: the page says where to allow them, and offers no button.
    await cdp.send('Browser.setPermission', {
      permission: { name: 'notifications' },
      setting: 'denied',
      origin: server.url,
    })
    await page.reload()
    await section
      .getByText('in den Einstellungen deines Browsers für diese Seite blockiert')
      .waitFor()
    assert.equal(await section.getByRole('button').count(), 0)
  }).timeout(180_000)

  test('a shared computer: the next person opening the account page sees "off" and takes the device over only by the click', async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const first = await Allowlist.allowCustomer({
      email: `shared-a-${Date.now()}@kunde.test`,
      organization: 'Geteilt GmbH',
    })
    const second = await Allowlist.allowCustomer({
      email: `shared-b-${Date.now()}@kunde.test`,
      organization: 'Geteilt GmbH',
    })
    const browser = await launchChromiumWithProfile(server.url)
    cleanup(() => browser.close())
    const context = browser.context
    await context.grantPermissions(['notifications'], { origin: server.url })
    await context.addInitScript(
      `window.__testPushEndpoint = ${JSON.stringify(endpoint.urlOf('shared'))};${FAKE_PUSH_SERVICE}`
    )
    const page = await context.newPage()
    await logInFirstTime(page, first.user.email, (email) => server.magicLinkPath(email))
    await workerReady(page)
    await page.goto('/account')
    const section = page.getByTestId('push-notifications')
    await section.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click()
    await section.getByText('Auf diesem Gerät eingeschaltet.').waitFor()
    const made = await storedFakeSubscription(page)

    // The first person leaves without turning it off; the second logs in in the same browser.
    await context.clearCookies()
    await logInFirstTime(page, second.user.email, (email) => server.magicLinkPath(email))
    await page.goto('/account')
    await section.getByText('Auf diesem Gerät ausgeschaltet.').waitFor()
    await page.waitForTimeout(500)
    const still = await PushSubscription.findByOrFail('endpoint', made.endpoint)
    assert.equal(still.userId, first.user.id, 'opening the page moved nothing')

    await section.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click()
    await section.getByText('Auf diesem Gerät eingeschaltet.').waitFor()
    const taken = await PushSubscription.findByOrFail('endpoint', made.endpoint)
    assert.equal(taken.userId, second.user.id, 'the click took it over')
  }).timeout(180_000)
})
