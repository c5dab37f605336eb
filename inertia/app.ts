import './css/app.css'
import { createApp, h } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePage } from '~/pages_resolver'
import { registerServiceWorker } from '~/pwa/register'
import { captureInstallPrompt } from '~/pwa/install'
import { showOfflinePageOnNetworkErrors } from '~/pwa/offline_visits'
import { moveFocusOnNavigation } from '~/navigation_focus'

// The installable app: before the first render, the browser may offer the install at any time.
captureInstallPrompt()
registerServiceWorker()
showOfflinePageOnNetworkErrors()
moveFocusOnNavigation()

createInertiaApp({
  title: (title) => title || document.title,
  resolve: resolvePage,
  setup({ el, App, props, plugin }) {
    createApp({ setup: () => () => h(App, props) })
      .use(plugin)
      .mount(el)
  },
  progress: { color: '#1d4ed8', delay: 150 },
})
