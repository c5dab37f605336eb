import './css/app.css'
import { createApp, h } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePage } from '~/pages_resolver'

createInertiaApp({
  title: (title) => title || document.title,
  resolve: resolvePage,
  setup({ el, App, props, plugin }) {
    createApp({ render: () => h(App, props) })
      .use(plugin)
      .mount(el)
  },
  progress: { color: '#1d4ed8', delay: 150 },
})
