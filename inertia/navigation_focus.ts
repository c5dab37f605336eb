import { router } from '@inertiajs/vue3'
import type { Page } from '@inertiajs/core'

/**
 * Where a person lands after a click or a form: a new page starts at its
 * top with focus on its heading (a screen reader reads where it is); a form
 * sent back with errors puts focus on its first invalid field. Forms keep
 * `preserveScroll` for updates of the same page, so without this the next
 * page (the recovery codes after the 2FA setup) opened halfway down.
 * Back and forward keep the browser's own scroll position.
 */
export function moveFocusOnNavigation() {
  let shown: Place | null = null
  let fromHistory = false
  window.addEventListener('popstate', () => (fromHistory = true))

  // The first page, and back/forward: remembered as shown; the browser keeps their scroll.
  router.on('navigate', (event) => {
    showLanguage(event.detail.page)
    if (!shown || fromHistory) shown = placeOf(event.detail.page)
    fromHistory = false
  })
  // Every answer to a click or a form, also the ones that keep the address (a form's next step).
  router.on('success', (event) => {
    const page = event.detail.page
    showLanguage(page)
    const next = placeOf(page)
    const isNewPage = !shown || next.component !== shown.component || next.path !== shown.path
    shown = next
    // After Vue has rendered the page and Inertia has handled its scroll.
    if (isNewPage) requestAnimationFrame(focusHeading)
  })
  // A form sent back with errors.
  router.on('error', () => {
    requestAnimationFrame(focusFirstInvalidField)
  })
}

type Place = { component: string; path: string }

function placeOf(page: Page): Place {
  return { component: page.component, path: new URL(page.url, location.href).pathname }
}

function showLanguage(page: Page) {
  document.documentElement.lang = String(page.props.locale ?? 'de')
}

function focusFirstInvalidField() {
  const field = document.querySelector<HTMLElement>('#content [aria-invalid="true"]')
  if (!field) return
  field.focus({ preventScroll: true })
  field.scrollIntoView({ block: 'center' })
}

function focusHeading() {
  window.scrollTo(0, 0)
  // A page that asks for a field (the login's address) gets it: `autofocus` alone works only
  // on a full page load. A page that focused something itself keeps it.
  const wanted = document.querySelector<HTMLElement>('#content [autofocus]')
  if (wanted) return wanted.focus()
  const active = document.activeElement
  if (active && active !== document.body && document.getElementById('content')?.contains(active)) {
    return
  }
  const heading = document.querySelector<HTMLElement>('#content h1')
  if (!heading) return
  // Focusable from script only: not a tab stop, and no focus ring for a mouse user.
  heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: true })
}
