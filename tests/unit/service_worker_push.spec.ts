import { readFile } from 'node:fs/promises'
import vm from 'node:vm'
import { test } from '@japa/runner'

/**
 * The service worker's push and notificationclick handlers
 * (inertia/pwa/service_worker.js), run in a VM with the parts of the worker
 * global they use. The browser test (tests/browser/push_opt_in.spec.ts)
 * shows a real push in the built worker in Chromium; a tap on a
 * notification cannot be simulated there, so this is where it is checked.
 */
const ORIGIN = 'https://portal.example.com'

interface FakeWindow {
  url: string
  focused: boolean
  navigatedTo: string | null
  focus(): Promise<FakeWindow>
  navigate(url: string): Promise<FakeWindow | null>
}

/**
 * `viewer`: who GET /push says is logged in on this device (a number), or
 * 'logged out' (the redirect to the login), or 'offline' (fetch fails).
 */
async function loadWorker(
  windows: FakeWindow[] = [],
  viewer: number | 'logged out' | 'offline' = 7
) {
  const source = await readFile(
    new URL('../../inertia/pwa/service_worker.js', import.meta.url),
    'utf8'
  )
  const listeners = new Map<string, (event: any) => void>()
  const shown: { title: string; options: any }[] = []
  const opened: string[] = []
  const self = {
    __WB_MANIFEST: [],
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: (event: any) => void) =>
      listeners.set(type, listener),
    registration: {
      showNotification: async (title: string, options: any) => void shown.push({ title, options }),
    },
    clients: {
      matchAll: async () => windows,
      openWindow: async (url: string) => void opened.push(url),
    },
  }
  const asked: { url: string; init: RequestInit }[] = []
  const fakeFetch = async (url: string, init: RequestInit) => {
    asked.push({ url, init })
    if (viewer === 'offline') throw new TypeError('Failed to fetch')
    if (viewer === 'logged out') return new Response(null, { status: 302 })
    return Response.json({ enabled: true, publicKey: 'x', user: viewer })
  }
  vm.runInNewContext(source, { self, URL, caches: {}, fetch: fakeFetch, Response, Request })

  async function dispatch(type: string, event: Record<string, unknown>) {
    let work: Promise<unknown> = Promise.resolve()
    listeners.get(type)!({ ...event, waitUntil: (promise: Promise<unknown>) => (work = promise) })
    await work
  }
  return {
    shown,
    opened,
    asked,
    push: (data: string | null) =>
      dispatch('push', {
        data: data === null ? null : { json: () => JSON.parse(data) },
      }),
    click: (url: unknown) => {
      let closed = false
      return dispatch('notificationclick', {
        notification: { data: { url }, close: () => (closed = true) },
      }).then(() => closed)
    },
  }
}

function portalWindow(url: string, canNavigate = true): FakeWindow {
  const window: FakeWindow = {
    url,
    focused: false,
    navigatedTo: null,
    async focus() {
      window.focused = true
      return window
    },
    async navigate(target) {
      if (!canNavigate) throw new TypeError('not controlled')
      window.navigatedTo = target
      return window
    },
  }
  return window
}

test.group('Service worker | push notifications', () => {
  test('a push shows its title and body; a tap target on the portal, one notification per page', async ({
    assert,
  }) => {
    const worker = await loadWorker()
    await worker.push(
      JSON.stringify({
        title: 'Neue Antwort zu Ticket T-7',
        body: 'Drucker',
        url: '/account',
        user: 7,
      })
    )
    assert.lengthOf(worker.shown, 1)
    assert.equal(worker.shown[0].title, 'Neue Antwort zu Ticket T-7')
    assert.include(worker.shown[0].options, {
      body: 'Drucker',
      tag: `${ORIGIN}/account`,
      icon: '/icons/icon-192.png',
    })
    assert.deepEqual(worker.shown[0].options.data, { url: `${ORIGIN}/account` })
    assert.equal(worker.asked[0].url, '/push')
    assert.equal(worker.asked[0].init.credentials, 'same-origin')
  })

  test('only the user it is for sees the text: logged out, someone else or no answer get a notification without details', async ({
    assert,
  }) => {
    const payload = JSON.stringify({
      title: 'Neue Antwort zu Ticket T-7',
      body: 'Drucker',
      url: '/account',
      user: 7,
    })
    for (const viewer of ['logged out', 'offline', 8] as const) {
      const worker = await loadWorker([], viewer)
      await worker.push(payload)
      assert.equal(
        worker.shown[0].title,
        'Neue Benachrichtigung – portal.example.com',
        String(viewer)
      )
      assert.equal(worker.shown[0].options.body, '')
      assert.deepEqual(
        worker.shown[0].options.data,
        { url: `${ORIGIN}/account` },
        'a tap still opens it (after the login)'
      )
    }
    const withoutUser = await loadWorker()
    await withoutUser.push(JSON.stringify({ title: 'T', body: 'B', url: '/' }))
    assert.equal(withoutUser.shown[0].title, 'Neue Benachrichtigung – portal.example.com')
  })

  test('a push without a readable payload still shows a notification (browsers require one), opening the start page', async ({
    assert,
  }) => {
    const worker = await loadWorker()
    await worker.push('not json')
    await worker.push(null)
    assert.lengthOf(worker.shown, 2)
    assert.equal(worker.shown[0].title, 'Neue Benachrichtigung – portal.example.com')
    assert.deepEqual(worker.shown[1].options.data, { url: `${ORIGIN}/` })
  })

  test('a URL of another site or scheme never reaches the notification: the start page instead', async ({
    assert,
  }) => {
    const worker = await loadWorker()
    for (const url of [
      'https://evil.example/phish',
      'javascript:alert(1)',
      '//evil.example/x',
      42,
    ]) {
      await worker.push(JSON.stringify({ title: 'x', body: 'y', url, user: 7 }))
    }
    assert.isTrue(worker.shown.every((shown) => shown.options.data.url === `${ORIGIN}/`))
  })

  test('a tap focuses an open portal window and navigates it to the page', async ({ assert }) => {
    const other = portalWindow('https://other.example/')
    const portal = portalWindow(`${ORIGIN}/dashboard`)
    const worker = await loadWorker([other, portal])
    const closed = await worker.click(`${ORIGIN}/account`)
    assert.isTrue(closed)
    assert.isTrue(portal.focused)
    assert.equal(portal.navigatedTo, `${ORIGIN}/account`)
    assert.isFalse(other.focused)
    assert.deepEqual(worker.opened, [])
  })

  test('a tap without an open portal window (or one it cannot navigate) opens a new one', async ({
    assert,
  }) => {
    const none = await loadWorker([])
    await none.click(`${ORIGIN}/dashboard`)
    assert.deepEqual(none.opened, [`${ORIGIN}/dashboard`])

    const stuck = await loadWorker([portalWindow(`${ORIGIN}/account`, false)])
    await stuck.click(`${ORIGIN}/dashboard`)
    assert.deepEqual(stuck.opened, [`${ORIGIN}/dashboard`])

    const foreign = await loadWorker([])
    await foreign.click('https://evil.example/')
    assert.deepEqual(foreign.opened, [`${ORIGIN}/`])
  })
})
