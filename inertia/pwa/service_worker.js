/**
 * The portal's service worker. scripts/pwa/build_service_worker.ts turns this
 * file into public/sw.js after the Vite build: workbox-build replaces
 * the injection point below (PRECACHE) with the list of files to precache (the hashed build
 * assets, the offline page, the icons). It is registered in production only
 * (inertia/pwa/register.ts).
 *
 * What it keeps, and nothing else:
 * - the precached files: public, the same for everyone, served cache-first;
 * - the web app manifest: public too, network-first, so the offline page can
 *   show the portal's name and colours without a network.
 * Pages are never stored: a navigation always goes to the network, and only
 * when that fails does it get the offline page. Everything else (Inertia
 * requests, downloads, /admin, /account, every plugin, every non-GET request)
 * is not touched at all, as if there were no worker, so no user's data ever
 * lands in a cache that the next login on this device could read.
 */

const PRECACHE = self.__WB_MANIFEST
const OFFLINE_URL = '/offline.html'
const MANIFEST_URL = '/manifest.webmanifest'
/** push.show: whether push is set up, and who is logged in (start/routes/push.ts) */
const PUSH_STATUS_URL = '/push'

/** A new list of files (any rebuilt asset) gets a new cache; the old one goes on activation. */
const PREFIX = 'portal-'
const PRECACHE_NAME = `${PREFIX}precache-${fingerprint(JSON.stringify(PRECACHE))}`
const MANIFEST_CACHE = `${PREFIX}manifest`

const precachedPaths = new Set(
  PRECACHE.map((entry) => new URL(entry.url, self.location.origin).pathname)
)

self.addEventListener('install', (event) => {
  event.waitUntil(precache())
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(
        names
          .filter(
            (name) => name.startsWith(PREFIX) && name !== PRECACHE_NAME && name !== MANIFEST_CACHE
          )
          .map((name) => caches.delete(name))
      )
      // Navigations start while the worker boots; the preload runs the network request meanwhile.
      await self.registration.navigationPreload?.enable()
      await self.clients.claim()
    })()
  )
})

/** The page's "Neu laden" button (inertia/components/pwa/update_prompt.vue). */
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return

  if (request.mode === 'navigate') {
    event.respondWith(navigation(event))
  } else if (url.pathname === MANIFEST_URL) {
    event.respondWith(manifest(request))
  } else if (precachedPaths.has(url.pathname) && !url.search) {
    event.respondWith(precached(request))
  }
  // Anything else: no respondWith, the browser fetches it as usual.
})

/**
 * Push notifications (docs/push.md): the portal sends { title, body, url,
 * user }, a ticket's or invoice's number and subject at most. The text is
 * shown only while that user is logged in here (asked at /push): on a
 * shared device someone who logged out does not leave their subjects on
 * the lock screen. Otherwise, and for a push without a readable payload, a
 * notification without details (browsers require one for every push).
 */
self.addEventListener('push', (event) => {
  let data = {}
  try {
    data = event.data?.json() ?? {}
  } catch {
    // Not JSON: the notification without details.
  }
  event.waitUntil(
    (async () => {
      const url = portalUrl(data.url)
      const mine = data.user !== undefined && (await loggedInUser()) === data.user
      const title = mine && typeof data.title === 'string' && data.title ? data.title : generic()
      await self.registration.showNotification(title, {
        body: mine && typeof data.body === 'string' ? data.body : '',
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        // One notification per page: a second reply to the same ticket replaces the first.
        tag: url,
        data: { url },
      })
    })()
  )
})

/** The id of the user logged in on this device, or null (logged out, offline, server away). */
async function loggedInUser() {
  try {
    const response = await fetch(PUSH_STATUS_URL, {
      credentials: 'same-origin',
      redirect: 'manual',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return null
    const body = await response.json()
    return typeof body.user === 'number' ? body.user : null
  } catch {
    return null
  }
}

/** A notification without details, in the device's language (German unless English). */
function generic() {
  return /^en\b/i.test(self.navigator?.language ?? '')
    ? `New notification – ${self.location.host}`
    : `Neue Benachrichtigung – ${self.location.host}`
}

/** A tap opens the ticket or invoice: in a portal window that is open already, else a new one. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const url = portalUrl(event.notification.data?.url)
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin)
      if (open) {
        const focused = await open.focus()
        const navigated = await (focused ?? open).navigate(url).catch(() => null)
        if (navigated) return
      }
      await self.clients.openWindow(url)
    })()
  )
})

/** A page of this portal only: anything else (another site, javascript:) opens the start page. */
function portalUrl(value) {
  try {
    const url = new URL(typeof value === 'string' ? value : '/', self.location.origin)
    if (url.origin === self.location.origin && ['http:', 'https:'].includes(url.protocol))
      return url.href
  } catch {
    // Not a URL: the start page.
  }
  return new URL('/', self.location.origin).href
}

/** Every file of the list, fetched fresh: one failure fails the install and keeps the old worker. */
async function precache() {
  const cache = await caches.open(PRECACHE_NAME)
  await Promise.all(
    PRECACHE.map(async (entry) => {
      const url = new URL(entry.url, self.location.origin)
      // Hashed assets (no revision) may come from the HTTP cache; the rest must not be stale.
      const response = await fetch(url, {
        cache: entry.revision ? 'reload' : 'default',
        credentials: 'omit',
      })
      if (!response.ok) throw new Error(`Precaching ${url.pathname} failed: ${response.status}`)
      await cache.put(url, response)
    })
  )
  await manifest(new Request(MANIFEST_URL)).catch(() => undefined)
}

/** Network only; the offline page when there is no network. Responses are never stored. */
async function navigation(event) {
  try {
    const preloaded = await event.preloadResponse
    if (preloaded) return preloaded
    return await fetch(event.request)
  } catch {
    const offline = await caches.match(new URL(OFFLINE_URL, self.location.origin), {
      cacheName: PRECACHE_NAME,
    })
    return offline ?? Response.error()
  }
}

async function manifest(request) {
  const cache = await caches.open(MANIFEST_CACHE)
  try {
    // With the session cookie: a request without it would start a new server session each time.
    const response = await fetch(request, { credentials: 'same-origin', cache: 'no-cache' })
    if (response.ok) await cache.put(MANIFEST_URL, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(MANIFEST_URL)
    if (cached) return cached
    throw error
  }
}

async function precached(request) {
  const cached = await caches.match(new URL(request.url).href, { cacheName: PRECACHE_NAME })
  return cached ?? fetch(request)
}

/** A short, stable name for the file list (FNV-1a). */
function fingerprint(text) {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}
