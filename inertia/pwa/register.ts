import { shallowRef } from 'vue'

/**
 * The service worker (public/sw.js, built from ./service_worker.js) in
 * production only. In development and tests there is none: a worker left
 * over from a production build on the same origin is removed, so it never
 * sits between the page and Vite.
 */

/** A new version is installed and waits for the page's go-ahead (update_prompt.vue). */
export const waitingWorker = shallowRef<ServiceWorker | null>(null)

const HOUR = 60 * 60 * 1000

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  if (!import.meta.env.PROD) {
    navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => registrations.forEach((registration) => registration.unregister()))
      .catch(() => {})
    return
  }
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then(watchForUpdates)
      .catch(() => {})
  // After the page has loaded, so precaching does not compete with the first visit.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}

function watchForUpdates(registration: ServiceWorkerRegistration) {
  // With a controller, an installed worker is an update; without one it is the first install.
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) waitingWorker.value = worker
  }
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker))
  offer(registration.waiting)
  follow(registration.installing)
  registration.addEventListener('updatefound', () => follow(registration.installing))
  // An installed app may stay open for days: look for a new version when it comes back and hourly.
  const check = () => registration.update().catch(() => {})
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'visible' && check()
  )
  setInterval(check, HOUR)
}

/** "Neu laden": the waiting worker takes over, then the page reloads on the new version. */
export function activateUpdate() {
  const worker = waitingWorker.value
  if (!worker) return
  // Another tab already switched to it: this page only needs the reload.
  if (worker.state !== 'installed') return window.location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  worker.postMessage({ type: 'SKIP_WAITING' })
}
