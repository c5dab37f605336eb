import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Browser, BrowserContext } from 'playwright'
import { launchChromium } from '#tests/helpers/chromium'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import { startInstance, stopAll, smtpEnv, type Instance } from '#tests/helpers/production/instance'
import { browserFirstLogin } from '#tests/helpers/production/browser_login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'
import {
  gzipSize,
  isAdminSource,
  keyOfFile,
  pageSource,
  precachedUrls,
  publicRoot,
  readManifest,
  readPageHtml,
  sizeReport,
  staticClosure,
  type JsFile,
  type ViteManifest,
} from '#tests/helpers/production/assets'

/**
 * Everything the browser loads for /login, gzipped. Issue 11 asked for 60 KB,
 * but Vue 3.5 and Inertia 3.7 alone, in a minimal app built the same way,
 * come to about 57 KB: the budget leaves the portal's own code (layout, login
 * page, translations, routes, service worker registration) room on top.
 * 66.2 KB in December 2026, after Inertia's Precognition client left the
 * bundle (inertia/no_precognition.ts); the budget keeps 2 KB of that room.
 */
const LOGIN_BUDGET = 68 * 1024

/** The customer pages a logged-in customer opens first; the plugins' come from the dashboard's navigation. */
const CORE_CUSTOMER_PAGES = ['/dashboard', '/account']

type RouteItem = { name?: string; pattern: string }

/** The routes of the built app, from `node ace list:routes --json`. */
function routesIn(output: string): RouteItem[] {
  const json = output.slice(output.indexOf('['), output.lastIndexOf(']') + 1)
  return (JSON.parse(json) as { routes: RouteItem[] }[]).flatMap((domain) => domain.routes)
}

/** Every JavaScript file the pages of a browser context fetch from the portal. */
function recordScripts(context: BrowserContext, origin: string) {
  const paths = new Set<string>()
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === origin && url.pathname.endsWith('.js')) paths.add(url.pathname)
  })
  return paths
}

/**
 * The bundle as a browser gets it. A customer (or a visitor) must not learn
 * the admin console's addresses or route names from it, the login page must
 * stay small, and installing the app must not download the admin console.
 */
test.group('Production | what a customer downloads', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let instance: Instance
  let browser: Browser
  let manifest: ViteManifest
  let adminRoutes: RouteItem[] = []

  group.teardown(async () => {
    await browser?.close()
    await stopAll([instance].filter(Boolean))
    await smtp?.close()
    await db?.close()
  })

  group.setup(async () => {
    db = await createDatabase('bundle')
    smtp = await startSmtpServer()
    const env = { ...db.env, ...smtpEnv(smtp) }
    await builtAce(['migration:run', '--force'], env)
    await builtAce(
      ['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH', '--name', 'Karl Kunde'],
      env
    )
    const routes = routesIn((await builtAce(['list:routes', '--json'], env)).output)
    adminRoutes = routes.filter(
      (route) => route.pattern.startsWith('/admin') || route.name?.startsWith('admin.')
    )
    if (adminRoutes.length < 10) throw new Error(`only ${adminRoutes.length} admin routes listed`)
    instance = await startInstance('bundle', env)
    browser = await launchChromium()
    manifest = await readManifest()
  })

  /**
   * What in a script gives the admin console away: an address under /admin
   * ("/admin", "/admin/organizations/:id", "./pages/admin/x.vue"; the name of
   * a built file under /assets/admin/ is no address) or an admin route's name.
   */
  function adminTraces(files: { path: string; body: Buffer }[]) {
    const names = adminRoutes
      .map((route) => route.name)
      .filter((name): name is string => Boolean(name))
    return files.flatMap((file) => {
      const text = file.body.toString('utf8')
      const addresses = [...text.matchAll(/\/admin(?:\/[\w:*.-]+)*\/?(?![\w-])/g)]
        .map((match) => match[0])
        .filter((address) => !/\.(js|css)$/.test(address))
      const found = [...new Set(addresses), ...names.filter((name) => text.includes(name))]
      return found.length
        ? [`${file.path}: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', ...' : ''}`]
        : []
    })
  }

  /** Built files of admin code only (public/assets/admin/, see vite.config.ts). */
  function adminFilesIn(paths: Iterable<string>) {
    return [...paths].filter((path) => path.startsWith('/assets/admin/'))
  }

  /** The files as the instance serves them, with their gzipped size. */
  async function download(paths: Iterable<string>): Promise<JsFile[]> {
    return Promise.all(
      [...new Set(paths)].sort().map(async (path) => {
        const response = await fetch(`${instance.url}${path}`)
        if (!response.ok) throw new Error(`${path}: ${response.status}`)
        const body = Buffer.from(await response.arrayBuffer())
        return { path, body, gzipped: gzipSize(body) }
      })
    )
  }

  /** The scripts a page's HTML names, the page component's chunk, and everything they import. */
  function staticScriptsOf(html: string) {
    const { scripts, preloads, page } = readPageHtml(html)
    const keys = [...scripts, ...preloads].map((url) => {
      const key = keyOfFile(manifest, url)
      if (!key) throw new Error(`${url} is not in the Vite manifest`)
      return key
    })
    keys.push(pageSource(manifest, page.component))
    return {
      page,
      paths: [...staticClosure(manifest, keys)].map((key) => `/assets/${manifest[key].file}`),
    }
  }

  /** Chunks a customer's pages can reach without a browser: the entry, every non-admin page and widget, their imports. */
  function customerChunks() {
    const pages = Object.keys(manifest).filter(
      (key) =>
        /^(inertia|plugins\/[^/]+\/inertia)\/(pages|widgets)\//.test(key) &&
        !isAdminSource(key) &&
        !key.startsWith('inertia/pages/dev/')
    )
    return staticClosure(manifest, ['inertia/app.ts', ...pages])
  }

  test('the login page loads at most 68 KB of gzipped JavaScript, none of it admin code or routes', async ({
    assert,
    cleanup,
  }) => {
    const html = await (await fetch(`${instance.url}/login`)).text()
    const { page, paths } = staticScriptsOf(html)
    assert.equal(page.component, 'auth/login')
    assert.notInclude(html, '/admin')

    // What Chromium really fetched to show the page (the page's chunk, its translations).
    const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' })
    cleanup(() => context.close())
    const loaded = recordScripts(context, instance.url)
    const tab = await context.newPage()
    await tab.goto(`${instance.url}/login`)
    await tab.getByLabel('E-Mail-Adresse').waitFor()
    await tab.waitForLoadState('networkidle')

    const files = await download([...paths, ...loaded])
    const report = sizeReport('JavaScript of /login', files)
    console.log(report.text)
    assert.isAtMost(
      report.total,
      LOGIN_BUDGET,
      `/login loads ${report.total} bytes of gzipped JavaScript`
    )
    assert.deepEqual(adminTraces(files), [], 'admin addresses or route names in the login page')
    assert.deepEqual(
      adminFilesIn(files.map((file) => file.path)),
      [],
      'admin code in the login page'
    )
  })

  test("a logged-in customer's pages load no admin code or routes", async ({ assert, cleanup }) => {
    const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' })
    cleanup(() => context.close())
    const everything = recordScripts(context, instance.url)
    await browserFirstLogin(await context.newPage(), smtp, 'karl@firma.test', {
      requestOn: instance.url,
    })
    const session = await context.storageState()
    const dashboard = await (await context.newPage()).goto(`${instance.url}/dashboard`)
    const nav = readPageHtml(await dashboard!.text()).page.props.nav as Array<{ href: string }>
    const pages = [
      ...CORE_CUSTOMER_PAGES,
      ...nav.map((item) => new URL(item.href, instance.url).pathname),
    ]
    assert.isAbove(
      pages.length,
      CORE_CUSTOMER_PAGES.length,
      'the enabled plugins add pages to the navigation'
    )

    // Each page on its own, as a first visit with an empty cache.
    for (const path of new Set(pages)) {
      const fresh = await browser.newContext({
        locale: 'de-DE',
        serviceWorkers: 'block',
        storageState: session,
      })
      const loaded = recordScripts(fresh, instance.url)
      const tab = await fresh.newPage()
      const response = await tab.goto(`${instance.url}${path}`)
      assert.equal(response?.status(), 200, path)
      await tab.waitForLoadState('networkidle')
      const html = await response!.text()
      const { page, paths } = staticScriptsOf(html)
      assert.isFalse(isAdminSource(page.component), `${path} is ${page.component}`)
      assert.notInclude(html, '/admin', path)
      const files = await download([...paths, ...loaded])
      console.log(sizeReport(`JavaScript of ${path} (logged-in customer)`, files).text)
      assert.deepEqual(adminTraces(files), [], `admin addresses or route names on ${path}`)
      assert.deepEqual(adminFilesIn(loaded), [], `admin code on ${path}`)
      for (const file of loaded) everything.add(file)
      await fresh.close()
    }
    assert.deepEqual(
      adminTraces(await download(everything)),
      [],
      'admin addresses or route names in what the customer loaded'
    )

    // Also the chunks no visit above happened to load (detail pages, the widgets).
    const reachable = [...customerChunks()].map((key) => `/assets/${manifest[key].file}`)
    assert.deepEqual(
      adminTraces(await download(reachable)),
      [],
      'admin addresses or route names in the customer-side chunks'
    )
    assert.deepEqual(adminFilesIn(reachable), [], 'admin code imported by customer-side chunks')
  })

  test('the service worker precaches every customer-side chunk and no admin chunk', async ({
    assert,
  }) => {
    const precached = await precachedUrls()
    assert.includeMembers(precached, ['/offline.html', '/favicon.svg'])

    const adminFiles = Object.values(manifest)
      .filter((chunk) => chunk.src && isAdminSource(chunk.src))
      .flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])])
      .map((file) => `/assets/${file}`)
    assert.isAbove(adminFiles.length, 10)
    assert.deepEqual(
      precached.filter((url) => adminFiles.includes(url)),
      [],
      'admin chunks in the precache list'
    )
    assert.deepEqual(adminFilesIn(precached), [], 'admin code in the precache list')
    const scripts = await Promise.all(
      precached
        .filter((url) => url.endsWith('.js'))
        .map(async (path) => ({ path, body: await readFile(`${publicRoot}${path.slice(1)}`) }))
    )
    assert.deepEqual(
      adminTraces(scripts),
      [],
      'admin addresses or route names in precached scripts'
    )

    // Offline and on a slow line, the customer's pages keep coming from the cache as before.
    const needed = [...customerChunks()].map((key) => `/assets/${manifest[key].file}`)
    assert.deepEqual(
      needed.filter((url) => !precached.includes(url)),
      [],
      'customer-side chunks missing from the precache list'
    )
  })
})
