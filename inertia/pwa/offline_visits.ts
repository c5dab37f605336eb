import { router } from '@inertiajs/vue3'

/**
 * Inertia loads pages with fetch, which the service worker leaves alone. When
 * such a page visit fails for want of a network, load the page the ordinary
 * way instead: the worker then shows the offline page with its retry button,
 * rather than the click doing nothing. Only for page loads (GET): a form that
 * could not be sent stays on screen with what was typed.
 */
export function showOfflinePageOnNetworkErrors() {
  let lastVisit: { url: URL; method: string } | null = null
  router.on('start', (event) => {
    lastVisit = event.detail.visit
  })
  router.on('networkError', () => {
    if (!navigator.serviceWorker?.controller || lastVisit?.method !== 'get') return
    window.location.assign(lastVisit.url.href)
    return false
  })
}
