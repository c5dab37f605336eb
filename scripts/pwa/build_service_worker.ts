import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { injectManifest } from 'workbox-build'
import { isAdminSource } from '../client_split.js'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  assets?: string[]
}

/**
 * The files of the Vite build (paths under public/assets) that only the
 * admin console loads: admin chunks (public/assets/admin/, or an admin page
 * by its source) and whatever is reached only through them, such as the
 * route registry of the admin client. A customer installing the app does
 * not download them; staff get them over the network.
 */
export function adminOnlyFiles(manifest: Record<string, ManifestChunk>) {
  const isAdmin = (chunk: ManifestChunk) =>
    chunk.file.startsWith('admin/') || Boolean(chunk.src && isAdminSource(chunk.src))
  const reached = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || reached.has(key) || isAdmin(chunk)) return
    reached.add(key)
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)

  const filesOf = (keys: string[]) =>
    keys.flatMap((key) => [
      manifest[key].file,
      ...(manifest[key].css ?? []),
      ...(manifest[key].assets ?? []),
    ])
  const everyoneElse = new Set(filesOf([...reached]))
  return new Set(filesOf(Object.keys(manifest)).filter((file) => !everyoneElse.has(file)))
}

/**
 * Writes public/sw.js from inertia/pwa/service_worker.js: workbox-build lists
 * the files to precache and puts that list into the worker. Runs after the
 * Vite build (adonisrc.ts build hook; the PWA browser test calls it too),
 * because the list names the hashed files Vite just wrote to public/assets.
 */
export async function buildServiceWorker(root = fileURLToPath(new URL('../../', import.meta.url))) {
  const manifest = JSON.parse(await readFile(`${root}/public/assets/.vite/manifest.json`, 'utf8'))
  const adminOnly = adminOnlyFiles(manifest)
  const result = await injectManifest({
    swSrc: `${root}/inertia/pwa/service_worker.js`,
    swDest: `${root}/public/sw.js`,
    globDirectory: `${root}/public`,
    // Public files only: the build, the offline page and the icons. Never a page, never user data.
    globPatterns: [
      'assets/**/*.{js,css,woff2,woff,svg,png,webp,jpg}',
      'offline.{html,js}',
      'favicon.svg',
      'icons/*.png',
    ],
    globIgnores: ['assets/.vite/**'],
    // Not the admin console's files (see adminOnlyFiles).
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.filter((entry) => !adminOnly.has(entry.url.replace(/^\/?assets\//, ''))),
        warnings: [],
      }),
    ],
    // Vite's file names carry a content hash already; the others get a revision.
    dontCacheBustURLsMatching: /^\/?assets\//,
    modifyURLPrefix: { '': '/' },
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  })
  if (!result.count)
    throw new Error('public/assets is empty: run the Vite build before the service worker build')
  return result
}
