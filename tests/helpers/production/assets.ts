import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { buildRoot } from './built_app.js'

/**
 * The browser bundle of the built app, read the way a browser meets it: the
 * files under build/public/assets, Vite's manifest beside them, and the
 * service worker's precache list.
 */
export interface ManifestChunk {
  file: string
  src?: string
  name?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  assets?: string[]
}
export type ViteManifest = Record<string, ManifestChunk>

export const publicRoot = `${buildRoot}public/`

export async function readManifest(): Promise<ViteManifest> {
  return JSON.parse(await readFile(`${publicRoot}assets/.vite/manifest.json`, 'utf8'))
}

/**
 * Admin code lives in a folder named admin (inertia/pages/admin,
 * inertia/components/admin, plugins/<id>/inertia/pages/admin, ...) or in a
 * file named admin (inertia/layouts/admin.vue).
 */
export function isAdminSource(src: string) {
  return /(^|\/)admin(\/|\.[a-z]+$)/.test(src)
}

/** The manifest key of a page component, as inertia/pages_resolver.ts finds it. */
export function pageSource(manifest: ViteManifest, component: string) {
  const [plugin, ...rest] = component.split('/')
  const pluginPage = `plugins/${plugin}/inertia/pages/${rest.join('/')}.vue`
  if (rest.length && manifest[pluginPage]) return pluginPage
  return `inertia/pages/${component}.vue`
}

/** Manifest keys: the given ones and every chunk they import statically, transitively. */
export function staticClosure(manifest: ViteManifest, keys: string[]) {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    if (!manifest[key]) throw new Error(`${key} is not in the Vite manifest`)
    seen.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return seen
}

/** The manifest key of a built file ("/assets/app-abc.js" -> "inertia/app.ts"). */
export function keyOfFile(manifest: ViteManifest, url: string) {
  const file = new URL(url, 'http://portal.test').pathname.replace(/^\/assets\//, '')
  return Object.keys(manifest).find((key) => manifest[key].file === file)
}

/** What a page's HTML asks for: module scripts, module preloads, and the page data. */
export function readPageHtml(html: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
    (match) => match[1]
  )
  const preloads = [
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1])
  const data = /<script data-page="app" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1]
  if (!data) throw new Error('no Inertia page data in the HTML')
  return {
    scripts,
    preloads,
    page: JSON.parse(data) as { component: string; props: Record<string, unknown> },
  }
}

/** The URLs (paths) in public/sw.js's precache list. */
export async function precachedUrls() {
  const worker = await readFile(`${publicRoot}sw.js`, 'utf8')
  const urls = [...worker.matchAll(/"url":\s*"([^"]+)"/g)].map((match) => match[1])
  if (!urls.length) throw new Error('public/sw.js has no precache list')
  return urls
}

export interface JsFile {
  path: string
  body: Buffer
  gzipped: number
}

/** Bytes of a JavaScript file after gzip (node:zlib's default level, as a server would send it). */
export function gzipSize(body: Buffer) {
  return gzipSync(body).length
}

export function formatKb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** A summary line per file, largest first, for the test's output. */
export function sizeReport(title: string, files: JsFile[]) {
  const total = files.reduce((sum, file) => sum + file.gzipped, 0)
  const lines = [...files]
    .sort((a, b) => b.gzipped - a.gzipped)
    .map((file) => `    ${formatKb(file.gzipped).padStart(9)}  ${file.path}`)
  return {
    total,
    text: `${title}: ${total} bytes gzipped (${formatKb(total)}) in ${files.length} files\n${lines.join('\n')}`,
  }
}
