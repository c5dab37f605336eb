import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { Browser, Page } from 'playwright'
import Allowlist from '#services/allowlist'
import DashboardController from '#controllers/dashboard_controller'
import { currentCode, lastMagicLinkPath } from '#tests/helpers/login'
import { followMagicLink, logInDirectlyOn, typeCode } from '#tests/helpers/browser_login'
import PageSweep, {
  assertErrorTiedToField,
  focusTop,
  focused,
  outOfOrder,
  screenshotsFolder,
  tabThrough,
  viewports,
  widgetsLoaded,
  type TabStop,
} from '#tests/helpers/page_sweep'
import { emptyDatabase } from '#tests/helpers/database'
import { seed, seedMailDeliveries } from '#tests/helpers/sweep_data'

/**
 * Issue 5: every page type of the core, at 360 × 740, 390 × 844 and 1280 × 800, with
 * content and with its error states: no serious or critical axe-core
 * violation, no horizontal overflow, touch targets of 44 px; screenshots in
 * tmp/artifacts/screenshots/<viewport>/<page>.png. One browser context per
 * role, one set of data per test. The plugins' pages: plugin_pages_sweep.spec.ts
 * (found from their routes) and each plugin's own browser tests (error states).
 */
const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

function assertClean(assert: Assert, sweep: PageSweep) {
  if (sweep.notes.length) console.log(`\nNotes (not failures):\n${PageSweep.format(sweep.notes)}\n`)
  assert.isAbove(sweep.checked.length, 0)
  assert.deepEqual(
    sweep.findings,
    [],
    `\n${PageSweep.format(sweep.findings)}\nScreenshots: ${screenshotsFolder}`
  )
}

function newContext(browser: Browser) {
  return browser.newContext({ locale: 'de-DE', baseURL, viewport: { width: 360, height: 740 } })
}

/** A wrong code that is not one the authenticator could show around now. */
function wrongCode(secret: string) {
  const near = [-1, 0, 1, 2].map((step) => currentCode(secret, step))
  return ['000000', '111111', '222222', '333333'].find((code) => !near.includes(code))!
}

/** The TOTP field as the issue asks: a label, the phone's one-time-code autofill, the number pad. */
async function assertCodeField(assert: Assert, page: Page) {
  const field = page.getByLabel('6-stelliger Code')
  assert.equal(await field.getAttribute('autocomplete'), 'one-time-code')
  assert.equal(await field.getAttribute('inputmode'), 'numeric')
}

test.group('Browser | every page phone-first and accessible', (group) => {
  group.each.setup(() => emptyDatabase())

  test('the login steps and the customer pages', async ({ browser, assert, cleanup }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    const { clara } = await seed()
    const sweep = new PageSweep()
    const context = await newContext(browser)
    cleanup(() => context.close())
    const page = await context.newPage()

    // Step 1, with its error and its answer.
    await sweep.visit(page, '/login', 'login')
    await page.getByRole('button', { name: 'Weiter' }).click()
    await page.locator('#email-error').waitFor()
    await assertErrorTiedToField(assert, page, 'E-Mail-Adresse', 'Bitte fülle dieses Feld aus.')
    await sweep.check(page, 'login-error')
    await page.getByLabel('E-Mail-Adresse').fill(clara.email)
    await page.getByRole('button', { name: 'Weiter' }).click()
    await page.getByText('Wir haben dir eine E-Mail').waitFor()
    await sweep.check(page, 'login-sent')

    // Step 2: a link that does not work, then the real one.
    await sweep.visit(page, '/login/link/kein-gueltiger-link', 'confirm-link-invalid')
    await page.goto(lastMagicLinkPath(mails, clara.email))
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).waitFor()
    await sweep.check(page, 'confirm-link')
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click()

    // Step 3: the 2FA setup, a wrong code, the recovery codes.
    await page.getByRole('heading', { name: '2FA einrichten' }).waitFor()
    await assertCodeField(assert, page)
    await sweep.check(page, 'setup-totp')
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
    await typeCode(page, wrongCode(secret), 'Bestätigen')
    await page.locator('#code-error').waitFor()
    await assertErrorTiedToField(assert, page, '6-stelliger Code', /Code/)
    await sweep.check(page, 'setup-totp-error')
    await typeCode(page, currentCode(secret), 'Bestätigen')
    await page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' }).waitFor()
    await sweep.check(page, 'recovery-codes')
    await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
    await page
      .getByRole('heading', { name: 'Noch schneller anmelden: mit einem Passkey' })
      .waitFor()
    await sweep.check(page, 'passkey-offer')
    await page.getByRole('link', { name: 'Später, weiter zur Startseite' }).click()
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()

    // The customer's pages (the dashboard's widgets load on their own).
    await widgetsLoaded(page)
    await sweep.check(page, 'dashboard')
    await sweep.visit(page, '/account', 'account')
    await page.getByRole('button', { name: 'Neue Codes erzeugen' }).click()
    await page.getByRole('alertdialog').waitFor()
    await sweep.check(page, 'account-confirm')
    await page.getByRole('button', { name: 'Ja, neue Codes erzeugen' }).click()
    await page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' }).waitFor()
    await sweep.check(page, 'account-recovery-codes')
    await sweep.visit(page, '/gibt-es-nicht', 'not-found')

    // The server's error page (a controller that fails, for this one request; its log entry is silenced).
    const show = DashboardController.prototype.show
    const level = logger.level
    DashboardController.prototype.show = () => {
      throw new Error('a failure for the error page')
    }
    logger.level = 'fatal'
    try {
      await sweep.visit(page, '/dashboard', 'server-error')
      // The database away: "Gleich wieder da" (503).
      DashboardController.prototype.show = () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
          code: 'ECONNREFUSED',
        })
      }
      await sweep.visit(page, '/dashboard', 'unavailable')
    } finally {
      DashboardController.prototype.show = show
      logger.level = level
    }

    // A second device: the code, a wrong one, the recovery code instead.
    const phone = await newContext(browser)
    cleanup(() => phone.close())
    const phonePage = await phone.newPage()
    await followMagicLink(phonePage, mails, clara.email)
    await phonePage.getByRole('heading', { name: 'Code eingeben' }).waitFor()
    await assertCodeField(assert, phonePage)
    await sweep.check(phonePage, 'enter-code')
    await typeCode(phonePage, wrongCode(secret), 'Anmelden')
    await phonePage.locator('#code-error').waitFor()
    await assertErrorTiedToField(assert, phonePage, '6-stelliger Code', /Der Code stimmt nicht/)
    await sweep.check(phonePage, 'enter-code-error')
    await phonePage.getByRole('button', { name: /Wiederherstellungscode/ }).click()
    await phonePage.locator('#recoveryCode').waitFor()
    await sweep.check(phonePage, 'enter-code-recovery')

    // The offline page the service worker shows (a static file).
    await sweep.visit(phonePage, '/offline.html', 'offline')

    assertClean(assert, sweep)
  })

  test('the admin console', async ({ browser, assert, cleanup }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { staff, clara, organization } = await seed()
    const { user: agent } = await Allowlist.allowStaff({
      email: 'alex@agentur.test',
      name: 'Alex Agent',
      staffRole: 'agent',
    })
    const sweep = new PageSweep()
    const context = await newContext(browser)
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, staff)
    await page.getByRole('heading', { name: 'Hallo Sam Support' }).waitFor()

    await sweep.check(page, 'admin-dashboard')
    await sweep.visit(page, '/admin/organizations', 'admin-organizations')
    await page.getByRole('button', { name: 'Neue Organisation' }).click()
    await page.getByRole('button', { name: 'Organisation anlegen' }).click()
    await page.locator('#organization-name-error').waitFor()
    await assertErrorTiedToField(assert, page, 'Name der Organisation', /./)
    await sweep.check(page, 'admin-organizations-error')
    await sweep.visit(page, `/admin/organizations/${organization.id}`, 'admin-organization')
    await sweep.visit(
      page,
      `/admin/organizations/${organization.id}/import`,
      'admin-organization-import'
    )
    await page
      .getByLabel('Liste (email,name)')
      .fill('email,name\nnina@kunde.test,Nina Neu\nclara@kunde.test,Clara Kunde\nkeine-adresse')
    await page.getByRole('button', { name: 'Vorschau anzeigen' }).click()
    await page.getByRole('heading', { name: 'Vorschau', exact: true }).waitFor()
    await sweep.check(page, 'admin-organization-import-preview')
    await sweep.visit(page, `/admin/customers/${clara.id}`, 'admin-customer')
    await sweep.visit(page, `/admin/users/${clara.id}/security`, 'admin-user-security')
    await sweep.visit(page, '/admin/audit', 'admin-audit')
    await seedMailDeliveries(clara.email)
    await sweep.visit(page, '/admin/mails', 'admin-mails')
    await sweep.visit(page, '/admin/mails?status=all', 'admin-mails-all')
    await sweep.visit(page, '/admin/staff', 'admin-staff')
    await sweep.visit(page, '/account', 'admin-account')

    // An agent in an admins-only section: the 403 page.
    const agentContext = await newContext(browser)
    cleanup(() => agentContext.close())
    const agentPage = await agentContext.newPage()
    await logInDirectlyOn(agentPage, agent)
    await sweep.visit(agentPage, '/admin/staff', 'forbidden')

    assertClean(assert, sweep)
  })
})

/**
 * Tabbing through a page from its top: the skip link first and shown, every
 * stop with a visible focus ring (3:1 against its background) in the
 * viewport, the order that of the layout, and the expected stops in order.
 */
function assertKeyboard(assert: Assert, stops: TabStop[], where: string, expected: string[]) {
  const names = stops.map((stop) => stop.name)
  assert.include(
    names[0],
    'Zum Inhalt springen',
    `${where}: the skip link comes first (${names.join(' | ')})`
  )
  for (const stop of stops) {
    assert.isTrue(stop.focusVisible && stop.ring, `${where}: ${stop.name} shows its focus`)
    assert.isAtLeast(stop.ringContrast, 3, `${where}: ${stop.name} focus ring contrast`)
    assert.isTrue(stop.inViewport, `${where}: ${stop.name} is scrolled into view when focused`)
  }
  const wrong = outOfOrder(stops)
  assert.deepEqual(wrong, [], `${where}: the focus follows the layout, not ${wrong.join('; ')}`)
  let at = 0
  for (const name of names) if (at < expected.length && name.includes(expected[at])) at++
  assert.equal(
    at,
    expected.length,
    `${where}: expected ${expected.join(' → ')} in this order, got ${names.join(' | ')}`
  )
}

/** From the top of a freshly loaded page: the skip link, then Enter, then Tab lands in the main content. */
async function assertSkipLinkWorks(assert: Assert, page: Page, path: string, where: string) {
  await page.goto(path)
  await page.locator('h1').first().waitFor()
  await focusTop(page)
  await page.keyboard.press('Tab')
  assert.include((await focused(page))?.name, 'Zum Inhalt springen', where)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const stop = await focused(page)
  assert.isTrue(
    stop?.insideMain,
    `${where}: after the skip link the focus is in the main content (${stop?.name})`
  )
  return stop!
}

test.group('Browser | keyboard', (group) => {
  group.each.setup(() => emptyDatabase())

  test('the login page and the customer dashboard: skip link first and working, focus visible, order of the layout', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { clara } = await seed()
    const context = await newContext(browser)
    cleanup(() => context.close())
    const page = await context.newPage()

    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      const where = `login @ ${viewport.name}`
      await page.goto('/login')
      await page.locator('h1').waitFor()
      // The page's only field has the focus from the start; the skip link and the portal link come before it.
      assert.include((await focused(page))?.name, 'input#email', where)
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Shift+Tab')
      assert.include((await focused(page))?.name, 'Zum Inhalt springen', where)
      await focusTop(page)
      const stops = await tabThrough(page)
      assertKeyboard(assert, stops, where, [
        'Zum Inhalt springen',
        'Testportal',
        'input#email',
        'Weiter',
        'support@example.test',
        'Deutsch',
        'English',
      ])
      assert.include((await assertSkipLinkWorks(assert, page, '/login', where)).name, 'input#email')
    }

    await logInDirectlyOn(page, clara)
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      const where = `dashboard @ ${viewport.name}`
      await page.goto('/dashboard')
      await widgetsLoaded(page)
      const stops = await tabThrough(page)
      assertKeyboard(assert, stops, where, [
        'Zum Inhalt springen',
        'Testportal',
        'Mein Konto',
        'Abmelden',
        'support@example.test',
        'Deutsch',
        'English',
      ])
      const firstInMain = stops.find((stop) => stop.insideMain)!
      assert.equal(
        (await assertSkipLinkWorks(assert, page, '/dashboard', where)).name,
        firstInMain.name
      )
    }
  })
})

test.group('Browser | the page checks', () => {
  test('find a low contrast, an unlabelled field, a page wider than a phone, a small button and a split word', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    cleanup(() => context.close())
    const page = await context.newPage()
    await page.setContent(`<!DOCTYPE html><html lang="de"><head><title>Probe</title></head><body><main>
      <h1>Probe</h1>
      <p style="color:#bbb;background:#fff">Kaum lesbar</p>
      <input type="text">
      <div style="width:600px">Zu breit</div>
      <button type="button" style="height:20px">Klein</button>
      <h2 style="width:120px;overflow-wrap:anywhere">Wiederherstellungscodes</h2>
      <p>Ein <a href="#x">Link im Satz</a> ist keine Schaltfläche.</p>
      <ul><li><a href="#y">Link für sich</a><br><span>mit Text darunter</span></li></ul>
    </main></body></html>`)
    const sweep = new PageSweep()
    await sweep.check(page, 'probe', { screenshot: false })
    const found = PageSweep.format(sweep.findings)
    assert.include(found, 'color-contrast (serious)')
    assert.include(found, 'label (critical)')
    assert.match(found, /the page is 6\d\d px wide in a 360 px viewport/)
    assert.include(found, 'wider than the viewport: div "Zu breit"')
    assert.include(found, 'touch target under 44 px: button "Klein"')
    assert.include(found, 'touch target under 44 px: a "Link für sich"')
    assert.notInclude(found, 'Link im Satz')
    assert.include(found, 'a word split across lines: h2 "Wiederherstellungscodes"')
  })

  test('find a tab order that jumps back up or to the left', ({ assert }) => {
    const stop = (name: string, top: number, left: number, width = 100, height = 44) => ({
      name,
      top,
      bottom: top + height,
      left,
      right: left + width,
      insideMain: true,
      inViewport: true,
      focusVisible: true,
      ring: true,
      ringContrast: 5,
    })
    // A row, the next row, then a second column of cards: the layout's order.
    assert.deepEqual(
      outOfOrder([stop('a', 0, 0), stop('b', 0, 120), stop('c', 60, 0), stop('d', 0, 400)]),
      []
    )
    assert.deepEqual(outOfOrder([stop('a', 0, 120), stop('b', 0, 0)]), ['a → b'])
    assert.deepEqual(outOfOrder([stop('a', 60, 0), stop('b', 0, 50)]), ['a → b'])
  })
})
