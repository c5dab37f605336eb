import { ref } from 'vue'
import { urlFor } from '~/client'

/**
 * Push notifications on this device (docs/push.md), for the account page's
 * switch and the installed app's one-time offer. The browser subscribes at
 * its push service with the portal's VAPID key; the server keeps the
 * subscription (routes push.*), JSON over fetch with the CSRF header.
 *
 * States: checking; unsupported (no service worker or Push API, e.g. Safari
 * on iOS outside the installed app); not_configured (no VAPID keys on the
 * server); blocked (denied in the browser's settings); off; on.
 */
export type PushState = 'checking' | 'unsupported' | 'not_configured' | 'blocked' | 'off' | 'on'
/** What went wrong, as a catalogue key (push.errors.*). */
export type PushError = 'failed' | 'denied' | null

/** How long to wait for a service worker to be registered (after the page has loaded); none in development. */
const WORKER_WAIT_MS = 5000
/** How long a registered worker may take to install (it precaches the app first). */
const INSTALL_WAIT_MS = 60_000

function xsrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='))
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : ''
}

async function send(method: 'POST' | 'DELETE', url: string, body: unknown) {
  return fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      'Accept': 'application/json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': xsrfToken(),
    },
    body: JSON.stringify(body),
  })
}

/** The VAPID key (base64url) as the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/')
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Uint8Array.from(raw, (char) => char.charCodeAt(0))
}

async function workerRegistration() {
  // Registered already (perhaps still installing on a first visit): ready resolves once it is active.
  const registered = await navigator.serviceWorker.getRegistration().catch(() => undefined)
  const waitMs = registered ? INSTALL_WAIT_MS : WORKER_WAIT_MS
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))
  return Promise.race([navigator.serviceWorker.ready, timeout])
}

export function usePush() {
  const state = ref<PushState>('checking')
  const error = ref<PushError>(null)
  const working = ref(false)
  let publicKey = ''
  let registration: ServiceWorkerRegistration | null = null

  /** Where this device stands; a subscription the browser has is handed to the server again (it may have been renewed), as a refresh only. */
  async function check() {
    error.value = null
    if (
      !('serviceWorker' in navigator) ||
      !('PushManager' in window) ||
      !('Notification' in window)
    )
      return (state.value = 'unsupported')
    const response = await fetch(urlFor('push.show'), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    }).catch(() => null)
    if (!response?.ok) {
      error.value = 'failed'
      return (state.value = 'off')
    }
    const config = (await response.json()) as { enabled: boolean; publicKey: string | null }
    if (!config.enabled || !config.publicKey) return (state.value = 'not_configured')
    publicKey = config.publicKey
    if (Notification.permission === 'denied') return (state.value = 'blocked')
    registration = await workerRegistration()
    if (!registration) return (state.value = 'unsupported')
    const subscription = await registration.pushManager.getSubscription().catch(() => null)
    if (!subscription || Notification.permission !== 'granted') return (state.value = 'off')
    // refresh: renews only this user's own device. On a shared computer the browser's
    // subscription may be someone else's: then it reads "off" here, and only a click takes it over.
    const stored = await send('POST', urlFor('push.subscribe'), {
      ...subscription.toJSON(),
      refresh: true,
    }).catch(() => null)
    const answer = stored?.ok
      ? ((await stored.json().catch(() => null)) as { subscribed?: boolean } | null)
      : null
    state.value = answer?.subscribed ? 'on' : 'off'
  }

  async function enable() {
    if (!registration || working.value) return
    working.value = true
    error.value = null
    try {
      const permission = await Notification.requestPermission()
      if (permission === 'denied') return (state.value = 'blocked')
      if (permission !== 'granted') return (error.value = 'denied')
      let subscription = await registration.pushManager.getSubscription()
      // A subscription made with another key (the portal's keys were replaced) is of no use.
      if (subscription && !sameKey(subscription, publicKey)) {
        await subscription.unsubscribe()
        subscription = null
      }
      subscription ??= await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      })
      const response = await send('POST', urlFor('push.subscribe'), subscription.toJSON())
      if (!response.ok) throw new Error(`subscribe: ${response.status}`)
      state.value = 'on'
    } catch {
      error.value = 'failed'
    } finally {
      working.value = false
    }
  }

  async function disable() {
    if (!registration || working.value) return
    working.value = true
    error.value = null
    try {
      const subscription = await registration.pushManager.getSubscription()
      if (subscription) {
        const response = await send('DELETE', urlFor('push.unsubscribe'), {
          endpoint: subscription.endpoint,
        })
        // 404: the server had forgotten it already (expired); off is off.
        if (!response.ok && response.status !== 404)
          throw new Error(`unsubscribe: ${response.status}`)
        await subscription.unsubscribe()
      }
      state.value = 'off'
    } catch {
      error.value = 'failed'
    } finally {
      working.value = false
    }
  }

  return { state, error, working, check, enable, disable }
}

function sameKey(subscription: PushSubscription, publicKey: string) {
  const key = subscription.options?.applicationServerKey
  if (!key) return true
  const bytes = new Uint8Array(key)
  const expected = keyBytes(publicKey)
  return bytes.length === expected.length && bytes.every((byte, index) => byte === expected[index])
}

const OFFER_DISMISSED = 'portal.push.offerDismissed'

/** The installed app's offer was answered (either way) on this device. */
export function pushOfferDismissed() {
  try {
    return window.localStorage.getItem(OFFER_DISMISSED) === '1'
  } catch {
    return false
  }
}

export function dismissPushOffer() {
  try {
    window.localStorage.setItem(OFFER_DISMISSED, '1')
  } catch {
    // Private mode without storage: hidden for this page only.
  }
}
