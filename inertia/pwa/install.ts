import { ref, shallowRef } from 'vue'

/**
 * "Als App installieren": Chromium browsers fire `beforeinstallprompt` when
 * the portal can be installed; the event is kept (it may fire before any
 * component is mounted) and replayed by the button. Safari on iPhone and
 * iPad has no such event: there a short hint explains "Zum Home-Bildschirm".
 */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export const installPrompt = shallowRef<BeforeInstallPromptEvent | null>(null)
export const installed = ref(false)

export function captureInstallPrompt() {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Our own button instead of the browser's mini-infobar.
    event.preventDefault()
    installPrompt.value = event as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    installPrompt.value = null
    installed.value = true
  })
}

/** Opened from the home screen or as an installed app. */
export function runsAsApp() {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as { standalone?: boolean }).standalone === true
  )
}

/** iPhone, iPod or iPad (iPadOS says "Macintosh" but has touch). */
export function isIos() {
  const agent = navigator.userAgent
  return /iPhone|iPad|iPod/.test(agent) || (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1)
}

const IOS_HINT_DISMISSED = 'portal.pwa.iosHintDismissed'

export function iosHintDismissed() {
  try {
    return window.localStorage.getItem(IOS_HINT_DISMISSED) === '1'
  } catch {
    return false
  }
}

export function dismissIosHint() {
  try {
    window.localStorage.setItem(IOS_HINT_DISMISSED, '1')
  } catch {
    // Private mode without storage: hidden for this page only.
  }
}
