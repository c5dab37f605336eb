import { hooks } from '@adonisjs/core/app'
import { buildServiceWorker } from './build_service_worker.js'

/** `node ace build`: the service worker, right after @adonisjs/vite's build hook wrote public/assets. */
export default hooks.buildStarting(async (parent) => {
  const { count, size, warnings } = await buildServiceWorker()
  for (const warning of warnings) parent.ui.logger.warning(warning)
  parent.ui.logger.info(
    `service worker: public/sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`
  )
})
