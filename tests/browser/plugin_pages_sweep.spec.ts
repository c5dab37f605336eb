import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import type { Browser, Page } from 'playwright'
import Allowlist from '#services/allowlist'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { screenshotsFolder } from '#tests/helpers/page_sweep'
import { matchesPattern, pluginPages, type PluginPage } from '#tests/helpers/plugin_pages'

/**
 * The page sweep (axe, overflow, 44 px targets at phone and desktop size)
 * for every page of every enabled plugin, found from the routes their
 * manifests declare: a new plugin's pages are checked without editing this
 * file. Each list page is visited empty, then with the plugin's demo data
 * (its `demo` hook), and the first link to each of its detail pages is
 * followed. Error states are the plugins' own browser tests.
 */
const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

function newContext(browser: Browser) {
  return browser.newContext({ locale: 'de-DE', baseURL, viewport: { width: 360, height: 740 } })
}

/** A page's name in the report and the screenshots: "plugin-<area>-<path>". */
function pageName(path: string, suffix = '') {
  return `plugin${path.replace(/\/\d+/g, '/id').replace(/[^a-z0-9]+/gi, '-')}${suffix}`
}

/** Visits a path if it answers with a page (not a download or a redirect elsewhere). */
async function sweepIfPage(sweep: PageSweep, page: Page, path: string, name: string) {
  const response = await page.request.get(path, { maxRedirects: 0 })
  if (response.status() !== 200 || !response.headers()['content-type']?.startsWith('text/html'))
    return false
  await sweep.visit(page, path, name)
  return true
}

/** The list pages, then the first link on them to each detail page. */
async function sweepArea(sweep: PageSweep, page: Page, pages: PluginPage[], suffix: string) {
  const visited: string[] = []
  for (const list of pages.filter((entry) => !entry.withId)) {
    if (!(await sweepIfPage(sweep, page, list.pattern, pageName(list.pattern, suffix)))) continue
    visited.push(list.pattern)
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as unknown as { href: string }).href).pathname)
      )
    for (const detail of pages.filter((entry) => entry.withId && entry.plugin === list.plugin)) {
      const path = links.find((link) => matchesPattern(link, detail.pattern))
      if (
        path &&
        !visited.includes(detail.pattern) &&
        (await sweepIfPage(sweep, page, path, pageName(path, suffix)))
      ) {
        visited.push(detail.pattern)
      }
    }
  }
  return visited
}

function assertClean(assert: Assert, sweep: PageSweep) {
  if (sweep.notes.length) console.log(`\nNotes (not failures):\n${PageSweep.format(sweep.notes)}\n`)
  assert.deepEqual(
    sweep.findings,
    [],
    `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
  )
}

test.group('Browser | every page of every enabled plugin', (group) => {
  group.each.setup(() => emptyDatabase())

  test('customer and staff pages, found from the manifests, empty and with demo data', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const registry = await app.container.make(PluginRegistry)
    const pages = pluginPages(registry.enabled.map((plugin) => plugin.id))
    assert.isAbove(pages.length, 0, 'the enabled plugins declare pages')

    const { user: customer, organization } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agentur.test',
      name: 'Sam Support',
    })
    const sweep = new PageSweep()

    const customerContext = await newContext(browser)
    cleanup(() => customerContext.close())
    const customerPage = await customerContext.newPage()
    await logInDirectlyOn(customerPage, customer)
    const staffContext = await newContext(browser)
    cleanup(() => staffContext.close())
    const staffPage = await staffContext.newPage()
    await logInDirectlyOn(staffPage, staff)

    const customerPages = pages.filter((entry) => entry.area === 'customer')
    const adminPages = pages.filter((entry) => entry.area === 'admin')
    await sweepArea(sweep, customerPage, customerPages, '-empty')
    await sweepArea(sweep, staffPage, adminPages, '-empty')

    for (const plugin of registry.enabled)
      await plugin.demo?.({ organizationId: organization.id, customerId: customer.id })
    const customerVisited = await sweepArea(sweep, customerPage, customerPages, '')
    const adminVisited = await sweepArea(sweep, staffPage, adminPages, '')

    // Every plugin with a list page had it checked (and a detail page where its list links to one).
    for (const plugin of registry.enabled) {
      const own = (visited: string[]) =>
        visited.filter((pattern) => pattern.split('/').includes(plugin.id))
      for (const [area, declared, visited] of [
        ['customer', customerPages, customerVisited],
        ['admin', adminPages, adminVisited],
      ] as const) {
        const lists = declared.filter((entry) => entry.plugin === plugin.id && !entry.withId)
        if (lists.length) assert.isAbove(own(visited).length, 0, `${plugin.id}: ${area} pages`)
      }
    }
    console.log(`\nPlugin pages checked: ${sweep.checked.join(', ')}\n`)
    assertClean(assert, sweep)
  }).timeout(600_000)
})
