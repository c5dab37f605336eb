import { test } from '@japa/runner'
import { readFile, writeFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright'
import Allowlist from '#services/allowlist'
import { emptyDatabase } from '#tests/helpers/database'
import {
  buildClientForProduction,
  builtServiceWorker,
  launchChromiumWithProfile,
  logInFirstTime,
  pngSize,
  startProductionServer,
  type ProductionServer,
} from '#tests/helpers/pwa_production'

/**
 * Issue 5: the portal as an installable app, checked on the production build
 * (the service worker exists only there) in Chromium. The page code runs as
 * strings in the browser, which keeps the DOM types out of the server's
 * compile.
 */
test.group('Browser | the installable app (production build)', (group) => {
  let server: ProductionServer

  group.setup(async () => {
    await buildClientForProduction()
    // The manifest follows the configuration; the theme colour keeps its default (the CSS accent).
    server = await startProductionServer({
      PORTAL_SHORT_NAME: 'Test-App',
      PORTAL_BACKGROUND_COLOR: '#FAFAFA',
    })
    return () => server.stop()
  })
  group.each.setup(() => emptyDatabase())

  /** A page on the production server whose service worker is installed and controls it. */
  async function controlledPage(context: BrowserContext, path = '/login') {
    const page = await context.newPage()
    await page.goto(path)
    await workerReady(page)
    await page.reload()
    return page
  }

  function newContext(browser: Browser) {
    return browser.newContext({ locale: 'de-DE', baseURL: server.url })
  }

  test('the manifest is valid, the worker controls the page after a reload, and Chromium finds no installability errors', async ({
    assert,
    cleanup,
  }) => {
    const chromium = await launchChromiumWithProfile(server.url)
    cleanup(() => chromium.close())
    const context = chromium.context
    const page = await context.newPage()
    await page.goto('/login')

    // The <head>: manifest, theme colour and the iOS home-screen tags.
    const head = page.locator('head')
    assert.equal(
      await head.locator('link[rel="manifest"]').getAttribute('href'),
      '/manifest.webmanifest'
    )
    const themeColor = await head.locator('meta[name="theme-color"]').getAttribute('content')
    const accent = await page.evaluate(
      "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"
    )
    assert.equal(themeColor, accent, 'the stylesheet accent, not a second blue')
    assert.equal(
      await head.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content'),
      'yes'
    )
    assert.equal(
      await head.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content'),
      'Test-App'
    )
    assert.equal(
      await head
        .locator('meta[name="apple-mobile-web-app-status-bar-style"]')
        .getAttribute('content'),
      'default'
    )

    // The manifest itself, and every icon it names at the size and type it claims.
    const response = await page.request.get('/manifest.webmanifest')
    assert.equal(response.status(), 200)
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/)
    const manifest = await response.json()
    assert.containsSubset(manifest, {
      id: '/',
      name: 'Testportal',
      short_name: 'Test-App',
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: themeColor,
      background_color: '#fafafa',
    })
    assert.include(manifest.description, 'Testportal')
    for (const purpose of ['any', 'maskable']) {
      assert.sameMembers(
        manifest.icons
          .filter((icon: { purpose: string }) => icon.purpose === purpose)
          .map((icon: { sizes: string }) => icon.sizes),
        ['192x192', '512x512'],
        `${purpose} icons`
      )
    }
    const appleTouchIcon = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href')
    for (const icon of [
      ...manifest.icons,
      { src: appleTouchIcon, sizes: '180x180', type: 'image/png' },
    ]) {
      const file = await page.request.get(icon.src)
      assert.equal(file.status(), 200, icon.src)
      assert.equal(file.headers()['content-type'], icon.type, icon.src)
      const size = pngSize(await file.body())
      assert.equal(size && `${size.width}x${size.height}`, icon.sizes, icon.src)
    }

    // Chromium's own reading of the manifest and its install check.
    const cdp = await context.newCDPSession(page)
    const parsed = await cdp.send('Page.getAppManifest')
    assert.deepEqual(parsed.errors, [], 'Chromium parses the manifest without errors')
    assert.equal(new URL(parsed.url).pathname, '/manifest.webmanifest')

    // Registered on the first visit, controlling after a reload.
    assert.equal(await workerReady(page), `${server.url}/`)
    await page.reload()
    assert.equal(
      await page.evaluate('navigator.serviceWorker.controller?.scriptURL'),
      `${server.url}/sw.js`
    )

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    assert.deepEqual(installabilityErrors, [], 'Chromium would offer to install the portal')
  })

  test('offline: a page shows "Du bist offline" with a retry; nothing of a logged-in page is cached, and after logout none comes back', async ({
    browser,
    assert,
  }) => {
    await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const context = await newContext(browser)
    const page = await controlledPage(context)
    await logInFirstTime(page, 'clara@kunde.test', server.magicLinkPath)
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    // A full page load of a logged-in page through the worker (Inertia's own visits bypass it).
    await page.goto('/account')
    await page.getByRole('heading', { name: 'Mein Konto' }).first().waitFor()

    // The caches hold the build, the icons, the offline page and the manifest: no page, no user data.
    const cached: string[] = await page.evaluate(`(async () => {
      const urls = []
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname)
      }
      return urls
    })()`)
    assert.isAbove(cached.length, 5)
    const publicFile =
      /^\/(assets\/.+|offline\.(html|js)|favicon\.svg|icons\/[a-z0-9-]+\.png|manifest\.webmanifest)$/
    assert.deepEqual(
      cached.filter((path) => !publicFile.test(path)),
      [],
      'only public files are cached'
    )
    assert.includeMembers(cached, ['/offline.html', '/manifest.webmanifest'])

    // Without a network: a page load and an Inertia link both end on the offline page.
    await context.setOffline(true)
    await page.goto('/dashboard')
    await page.getByRole('heading', { name: 'Du bist offline' }).waitFor()
    assert.equal(
      await page.locator('[data-portal-name]').innerText(),
      'Testportal',
      'name from the cached manifest'
    )
    assert.equal(
      await page.evaluate("document.documentElement.style.getPropertyValue('--bg')"),
      '#fafafa',
      'and its colours'
    )
    assert.isTrue(await page.getByRole('button', { name: 'Erneut versuchen' }).isVisible())

    // "Erneut versuchen" asks again (still offline: the offline page again) ...
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Erneut versuchen' }).click(),
    ])
    await page.getByRole('heading', { name: 'Du bist offline' }).waitFor()
    // ... and back online the page comes by itself.
    await context.setOffline(false)
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    await context.setOffline(true)
    await page.getByRole('link', { name: 'Mein Konto' }).first().click()
    await page.getByRole('heading', { name: 'Du bist offline' }).waitFor()
    assert.equal(new URL(page.url()).pathname, '/account')

    // Logout clears the browser's HTTP cache for the portal.
    await context.setOffline(false)
    await page.getByRole('heading', { name: 'Mein Konto' }).first().waitFor()
    const [logout] = await Promise.all([
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/logout' && r.request().method() === 'POST'
      ),
      page.getByRole('button', { name: 'Abmelden' }).click(),
    ])
    assert.equal((await logout.allHeaders())['clear-site-data'], '"cache"')
    await page.getByText('Du bist abgemeldet').waitFor()

    // Offline after logout: neither a new visit nor the way back shows a page of the session.
    await context.setOffline(true)
    await page.goto('/dashboard')
    await page.getByRole('heading', { name: 'Du bist offline' }).waitFor()
    for (let step = 0; step < 3; step++) {
      await page.goBack({ waitUntil: 'load' }).catch(() => null)
      await assertNoSessionPage(page, assert)
    }
    // Online again (a new tab: the offline page reloads itself when the network returns), the
    // session is really gone.
    await context.setOffline(false)
    const again = await context.newPage()
    await again.goto('/dashboard')
    await again.getByRole('heading', { name: 'Anmelden' }).waitFor()

    await context.close()
  })

  test('a new version waits until "Neu laden" is pressed, then takes over', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await newContext(browser)
    const page = await controlledPage(context)
    assert.isFalse(await page.getByText('Neue Version verfügbar').isVisible())

    // A deployment: the worker file changes on the server.
    const workerFile = builtServiceWorker
    const original = await readFile(workerFile, 'utf8')
    cleanup(() => writeFile(workerFile, original))
    await writeFile(workerFile, `${original}\n// next deployment ${Date.now()}\n`)
    await page.evaluate(
      'navigator.serviceWorker.getRegistration().then((registration) => registration.update())'
    )

    // Announced politely (the banner sits in a role="status" live region), without blocking the page.
    await page.getByText('Neue Version verfügbar').waitFor()
    const prompt = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' })
    assert.equal(await prompt.count(), 1)
    assert.isTrue(
      await page.evaluate(
        'navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null)'
      )
    )
    const reload = prompt.getByRole('button', { name: 'Neu laden' })
    await reload.focus()
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')])

    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    assert.isTrue(
      await page.evaluate(
        'navigator.serviceWorker.getRegistration().then((r) => r.waiting === null && r.active === navigator.serviceWorker.controller)'
      ),
      'the new worker took over'
    )
    assert.isFalse(await page.getByText('Neue Version verfügbar').isVisible())

    await context.close()
  })
})

/** The scope of the active service worker; fails within 15 s (not at the test timeout) without one. */
function workerReady(page: Page) {
  return page.evaluate(`Promise.race([
    navigator.serviceWorker.ready.then((registration) => registration.scope),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker within 15 s')), 15000)),
  ])`)
}

/** Nothing a logged-in customer saw: no greeting, no organization, none of their pages. */
async function assertNoSessionPage(
  page: Page,
  assert: { equal: (actual: unknown, expected: unknown, message?: string) => void }
) {
  await page.waitForLoadState('load')
  const text = await page
    .locator('body')
    .innerText()
    .catch(() => '')
  for (const secret of ['Hallo Clara Kunde', 'Kunde GmbH', 'Clara Kunde']) {
    assert.equal(text.includes(secret), false, `"${secret}" on ${page.url()} after logout`)
  }
}
