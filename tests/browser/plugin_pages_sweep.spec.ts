import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import type { Browser } from 'playwright'
import Allowlist from '#services/allowlist'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { screenshotsFolder } from '#tests/helpers/page_sweep'
import { pluginPages, sweepArea } from '#tests/helpers/plugin_pages'

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
