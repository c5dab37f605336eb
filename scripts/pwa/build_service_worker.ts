import { fileURLToPath } from 'node:url'
import { injectManifest } from 'workbox-build'

/**
 * Writes public/sw.js from inertia/pwa/service_worker.js: workbox-build lists
 * the files to precache and puts that list into the worker. Runs after the
 * Vite build (adonisrc.ts build hook; the PWA browser test calls it too),
 * because the list names the hashed files Vite just wrote to public/assets.
 */
export async function buildServiceWorker(root = fileURLToPath(new URL('../../', import.meta.url))) {
  const result = await injectManifest({
    swSrc: `${root}/inertia/pwa/service_worker.js`,
    swDest: `${root}/public/sw.js`,
    globDirectory: `${root}/public`,
    // Public files only: the build, the offline page and the icons. Never a page, never user data.
    globPatterns: ['assets/**/*.{js,css,woff2,woff,svg,png,webp,jpg}', 'offline.{html,js}', 'favicon.svg', 'icons/*.png'],
    globIgnores: ['assets/.vite/**'],
    // Vite's file names carry a content hash already; the others get a revision.
    dontCacheBustURLsMatching: /^\/?assets\//,
    modifyURLPrefix: { '': '/' },
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  })
  if (!result.count) throw new Error('public/assets is empty: run the Vite build before the service worker build')
  return result
}
