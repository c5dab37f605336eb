import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import type { Page } from 'playwright'
import Allowlist from '#services/allowlist'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { currentCode, lastMagicLinkPath } from '#tests/helpers/login'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import PageSweep, { screenshotsFolder, widgetsLoaded } from '#tests/helpers/page_sweep'
import { pluginPages, sweepArea } from '#tests/helpers/plugin_pages'
import { seedMailDeliveries } from '#tests/helpers/sweep_data'
import {
  displayModeCheck,
  englishCheck,
  germanOnlyPhrases,
  installedViewports,
  openInstalledApp,
  safeAreaCheck,
} from '#tests/helpers/installed_app'

/**
 * Issue 14: the page sweep (axe, overflow, 44 px targets) again, this time
 * in English and in the installed app — Chromium's app window, the real
 * standalone display mode — at 360, 390 (a phone with a notch and a home
 * indicator) and 1280 px: every core page, and every plugin page found from
 * the manifests, first with empty lists, then with the plugins' demo data.
 * On top: the page is English (no German message, no German word in its
 * buttons, labels and navigation), nothing sits under the notch or the home
 * indicator, and the installed app does not offer to install itself.
 * Screenshots: tmp/artifacts/screenshots/<viewport>/en-app-<page>.png.
 */
async function newSweep() {
  return new PageSweep({
    viewports: installedViewports,
    checks: [englishCheck(await germanOnlyPhrases()), safeAreaCheck, displayModeCheck],
    prefix: 'en-app-',
  })
}

function assertClean(assert: Assert, sweep: PageSweep) {
  if (sweep.notes.length) console.log(`\nNotes (not failures):\n${PageSweep.format(sweep.notes)}\n`)
  console.log(`\nChecked in English as an installed app: ${sweep.checked.join(', ')}\n`)
  assert.isAbove(sweep.checked.length, 0)
  assert.deepEqual(
    sweep.findings,
    [],
    `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
  )
}

async function typeCode(page: Page, code: string, button: string) {
  await page.getByLabel('6-digit code').fill(code)
  await page.getByRole('button', { name: button }).click()
}

test.group('Browser | the installed app in English', (group) => {
  group.each.setup(() => emptyDatabase())

  test('a customer: the login steps, the empty portal, then every page with data', async ({
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    const { user: customer, organization } = await Allowlist.allowCustomer({
      email: 'clara@customer.test',
      organization: 'Customer Ltd',
      name: 'Clara Customer',
    })
    const registry = await app.container.make(PluginRegistry)
    const pages = pluginPages(registry.enabled.map((plugin) => plugin.id))
    const sweep = await newSweep()
    const { context, page } = await openInstalledApp('/login', 'en-GB')
    cleanup(() => context.close())

    // The login steps, as the app opens them (no address bar: the link is opened in the app).
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    await sweep.check(page, 'login')
    await page.getByLabel('Email address').fill(customer.email)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('We sent an email').waitFor()
    await sweep.check(page, 'login-sent')
    await page.goto(lastMagicLinkPath(mails, customer.email))
    await page.getByRole('button', { name: 'Confirm sign-in' }).waitFor()
    await sweep.check(page, 'confirm-link')
    await page.getByRole('button', { name: 'Confirm sign-in' }).click()
    await page.getByRole('heading', { name: 'Set up 2FA' }).waitFor()
    await sweep.check(page, 'setup-totp')
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
    await typeCode(page, currentCode(secret), 'Confirm')
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor()
    await sweep.check(page, 'recovery-codes')
    await page.getByRole('link', { name: 'I have saved them' }).click()
    await page.getByRole('heading', { name: 'Log in faster: with a passkey' }).waitFor()
    await sweep.check(page, 'passkey-offer')
    await page.getByRole('link', { name: 'Later, go to the start page' }).click()
    await page.getByRole('heading', { name: 'Hello Clara Customer' }).waitFor()

    // Nothing yet: the empty dashboard and every plugin's empty list.
    await widgetsLoaded(page)
    await sweep.check(page, 'dashboard-empty')
    const customerPages = pages.filter((entry) => entry.area === 'customer')
    await sweepArea(sweep, page, customerPages, '-empty')
    await sweep.visit(page, '/account', 'account')
    await sweep.visit(page, '/not-there', 'not-found')
    // The page the service worker shows offline: German and English on one static page.
    const offline = new PageSweep({
      viewports: installedViewports,
      checks: [safeAreaCheck],
      prefix: 'app-',
    })
    await offline.visit(page, '/offline.html', 'offline')
    sweep.findings.push(...offline.findings)

    // With the plugins' demo data.
    for (const plugin of registry.enabled)
      await plugin.demo?.({ organizationId: organization.id, customerId: customer.id })
    await page.goto('/dashboard')
    await page.locator('h1').waitFor()
    await sweep.check(page, 'dashboard')
    await sweepArea(sweep, page, customerPages, '')

    assertClean(assert, sweep)
  }).timeout(600_000)

  test('a staff member: the console, empty and with data', async ({ assert, cleanup }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user: staff } = await Allowlist.allowStaff({
      email: 'sam@agency.test',
      name: 'Sam Support',
    })
    const registry = await app.container.make(PluginRegistry)
    const adminPages = pluginPages(registry.enabled.map((plugin) => plugin.id)).filter(
      (entry) => entry.area === 'admin'
    )
    const sweep = await newSweep()
    const { context, page } = await openInstalledApp('/login', 'en-GB')
    cleanup(() => context.close())
    await logInDirectlyOn(page, staff)
    await page.getByRole('heading', { name: 'Hello Sam Support' }).waitFor()

    await sweep.check(page, 'admin-dashboard-empty')
    await sweep.visit(page, '/admin/organizations', 'admin-organizations-empty')
    await sweep.visit(page, '/admin/mails', 'admin-mails-empty')
    await sweepArea(sweep, page, adminPages, '-empty')

    const { user: customer, organization } = await Allowlist.allowCustomer({
      email: 'clara@customer.test',
      organization: 'Customer Ltd',
      name: 'Clara Customer',
    })
    for (const plugin of registry.enabled)
      await plugin.demo?.({ organizationId: organization.id, customerId: customer.id })
    await seedMailDeliveries(customer.email, 'Your sign-in to Testportal')
    await page.goto('/')
    await page.locator('h1').waitFor()
    await sweep.check(page, 'admin-dashboard')
    await sweep.visit(page, '/admin/organizations', 'admin-organizations')
    await sweep.visit(page, `/admin/organizations/${organization.id}`, 'admin-organization')
    await sweep.visit(page, `/admin/customers/${customer.id}`, 'admin-customer')
    await sweep.visit(page, `/admin/users/${customer.id}/security`, 'admin-user-security')
    await sweep.visit(page, '/admin/audit', 'admin-audit')
    await sweep.visit(page, '/admin/mails?status=all', 'admin-mails')
    await sweep.visit(page, '/admin/staff', 'admin-staff')
    await sweepArea(sweep, page, adminPages, '')

    assertClean(assert, sweep)
  }).timeout(600_000)
})

test.group('Browser | the installed app checks', () => {
  test('find German on an English page, text under the notch, and a browser tab', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    cleanup(() => context.close())
    const page = await context.newPage()
    await page.setContent(`<!DOCTYPE html><html lang="de"><head>
      <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
      <title>Probe</title></head><body style="margin:0"><main>
      <h1 style="margin:0">Probe</h1>
      <p>Wir haben dir eine E-Mail an clara@kunde.test geschickt.</p>
      <button type="button">Speichern</button>
      <footer style="position:fixed;bottom:0">Hilfe</footer>
    </main></body></html>`)
    const sweep = new PageSweep({
      viewports: [installedViewports[1]],
      checks: [englishCheck(await germanOnlyPhrases()), safeAreaCheck, displayModeCheck],
    })
    await sweep.check(page, 'probe', { screenshot: false })
    const found = PageSweep.format(sweep.findings)
    assert.include(found, 'language: <html lang="de">')
    assert.include(found, 'language: German text: "Wir haben dir eine E-Mail an"')
    assert.include(found, 'language: German in the interface: "Speichern"')
    assert.include(found, 'safe-area: h1 "Probe" under the status bar')
    assert.include(found, 'safe-area: footer "Hilfe" under the home indicator')
    assert.include(found, 'display-mode: not in the standalone display mode')
  })
})
