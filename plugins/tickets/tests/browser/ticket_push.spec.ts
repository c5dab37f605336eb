import { test } from '@japa/runner'
import Allowlist from '#services/allowlist'
import { makeStaff } from '#tests/helpers/staff'
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
import TicketNotifier from '#plugins/tickets/services/ticket_notifier'
import { makeTicket } from '../helpers/tickets.js'

/**
 * A staff reply from end to end, on the production build in Chromium: the
 * customer turned notifications on (the account page's switch, the
 * browser's push service faked as in tests/browser/push_opt_in.spec.ts),
 * staff reply, the production server's worker sends it, the local push
 * service decrypts it with the keys made in the page, and the built service
 * worker shows it; a tap would open the ticket.
 */
test.group('Tickets | a staff reply as a push notification (production build)', (group) => {
  let server: ProductionServer

  group.setup(async () => {
    await buildClientForProduction()
    // The local push service speaks http on 127.0.0.1, which production refuses otherwise.
    server = await startProductionServer({ PUSH_ALLOW_LOCAL_ENDPOINTS: 'true' })
    return () => server.stop()
  })
  group.each.setup(() => emptyDatabase())

  test("the reply's number and subject reach the device, never its text; the built worker shows it with the ticket to open", async ({
    assert,
    cleanup,
  }) => {
    const endpoint = await startPushEndpoint()
    cleanup(() => endpoint.close())
    const { user: customer } = await Allowlist.allowCustomer({
      email: `ticket-push-${Date.now()}@kunde.test`,
      organization: 'Ticket Push GmbH',
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
    await section.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click()
    await section.getByText('Auf diesem Gerät eingeschaltet.').waitFor()
    const made = await storedFakeSubscription(page)
    endpoint.addDevice('browser', {
      privateKey: Buffer.from(made.privateKey, 'base64url'),
      publicKey: Buffer.from(made.keys.p256dh, 'base64url'),
      auth: Buffer.from(made.keys.auth, 'base64url'),
    })

    const ticket = await makeTicket(customer, 'Drucker im 2. OG', { body: 'Er piept.' })
    await ticket.load('messages')
    const staff = await makeStaff('agent')
    await TicketNotifier.staffReplied(ticket, ticket.messages[0], staff)
    const [push] = await endpoint.waitFor('browser', 1, 30_000)
    assert.deepEqual(push.json, {
      title: `Neue Antwort zu Ticket ${ticket.number}`,
      body: 'Drucker im 2. OG',
      url: `/tickets/${ticket.id}`,
      user: customer.id,
    })
    assert.notInclude(push.text, 'piept')

    // The push service hands the message to the browser: the built worker shows it.
    const cdp = await context.newCDPSession(page)
    const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => resolve(event.registrations))
    )
    await cdp.send('ServiceWorker.enable')
    const registration = (await registrations).find((entry) =>
      entry.scopeURL.startsWith(server.url)
    )!
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId: registration.registrationId,
      data: push.text,
    })
    let shown: { title: string; body: string; url: string }[] = []
    for (let tries = 0; tries < 50 && shown.length === 0; tries++) {
      await page.waitForTimeout(100)
      shown = (await page.evaluate(`navigator.serviceWorker.ready
        .then((registration) => registration.getNotifications())
        .then((list) => list.map((n) => ({ title: n.title, body: n.body, url: n.data && n.data.url })))`)) as typeof shown
    }
    assert.deepEqual(shown, [
      {
        title: `Neue Antwort zu Ticket ${ticket.number}`,
        body: 'Drucker im 2. OG',
        url: `${server.url}/tickets/${ticket.id}`,
      },
    ])
  }).timeout(180_000)
})
