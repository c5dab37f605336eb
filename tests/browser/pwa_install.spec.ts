import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { Page } from 'playwright'
import Allowlist from '#services/allowlist'
import { lastMagicLinkPath } from '#tests/helpers/login'
import { logInFirstTime } from '#tests/helpers/pwa_production'
import { emptyDatabase } from '#tests/helpers/database'

/**
 * "Als App installieren" and the iPhone hint, on the test server (no
 * production build needed: the button and the hint do not depend on the
 * service worker). Chromium fires `beforeinstallprompt` only after its own
 * engagement checks, so the tests send the event the way the browser does,
 * with a prompt() that records the call.
 */
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1'

/** What Chromium does when the portal becomes installable. */
function offerInstall(page: Page, outcome: 'accepted' | 'dismissed' = 'accepted') {
  return page.evaluate(`(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true })
    event.prompt = () => { window.promptShown = (window.promptShown ?? 0) + 1; return Promise.resolve() }
    event.userChoice = Promise.resolve({ outcome: '${outcome}' })
    window.dispatchEvent(event)
    return event.defaultPrevented
  })()`)
}

test.group('Browser | installing the portal as an app', (group) => {
  group.each.setup(() => emptyDatabase())
  const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

  test('Chromium: "Als App installieren" appears only when the browser offers it, opens its prompt, then goes away', async ({
    browser,
    assert,
  }) => {
    const context = await browser.newContext({ locale: 'de-DE', baseURL })
    const page = await context.newPage()
    await page.goto('/login')
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    const install = page.getByRole('button', { name: 'Als App installieren' })
    assert.isFalse(await install.isVisible(), 'nothing before the browser offers it')
    // Outside production there is no service worker at all (it would sit between the page and Vite).
    assert.equal(
      await page.evaluate('navigator.serviceWorker.getRegistrations().then((r) => r.length)'),
      0
    )

    assert.isTrue(
      await offerInstall(page, 'dismissed'),
      "the browser's own mini-infobar is replaced by the button"
    )
    await install.waitFor()
    assert.isTrue(
      await page
        .locator('footer')
        .getByRole('button', { name: 'Als App installieren' })
        .isVisible(),
      'in the footer, not the login card'
    )
    assert.equal(
      await page.locator('main').getByRole('button', { name: 'Als App installieren' }).count(),
      0
    )
    await install.click()
    assert.equal(await page.evaluate('window.promptShown'), 1)
    await install.waitFor({ state: 'hidden' })

    // Dismissed: the browser may offer it again later, and the button comes back; accepted, it stays away.
    await offerInstall(page, 'accepted')
    await install.click()
    await install.waitFor({ state: 'hidden' })
    await offerInstall(page)
    assert.isFalse(await install.isVisible(), 'installed: no second offer')

    await context.close()
  })

  test('a logged-in customer finds the button below the page, on a phone without sideways scrolling', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL,
      viewport: { width: 360, height: 740 },
      isMobile: true,
    })
    const page = await context.newPage()
    await logInFirstTime(page, 'clara@kunde.test', (email) => lastMagicLinkPath(mails, email))
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()

    await offerInstall(page)
    const install = page.locator('main').getByRole('button', { name: 'Als App installieren' })
    await install.waitFor()
    const box = (await install.boundingBox())!
    assert.isAtLeast(box.height, 44, 'a touch target')
    assert.isFalse(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))

    await context.close()
  })

  test('iPhone: a short hint explains "Zum Home-Bildschirm" and stays away once dismissed', async ({
    browser,
    assert,
  }) => {
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL,
      userAgent: IPHONE_SAFARI,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    await page.goto('/login')
    const hint = page.getByText(
      'Als App nutzen: Tippe auf „Teilen“ und dann auf „Zum Home-Bildschirm“.'
    )
    await hint.waitFor()
    assert.isFalse(await page.getByRole('button', { name: 'Als App installieren' }).isVisible())
    assert.isFalse(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth'))

    const dismiss = page.getByRole('button', { name: 'Hinweis zur App ausblenden' })
    assert.isAtLeast((await dismiss.boundingBox())!.height, 44, 'a touch target')
    await dismiss.click()
    await hint.waitFor({ state: 'hidden' })
    await page.reload()
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    assert.isFalse(await hint.isVisible(), 'remembered on this device')

    await context.close()
  })

  test('inside the installed app there is neither button nor hint', async ({ browser, assert }) => {
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL,
      userAgent: IPHONE_SAFARI,
      isMobile: true,
    })
    const page = await context.newPage()
    // Opened from the iPhone's home screen, where Safari sets navigator.standalone.
    await page.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true })"
    )
    await page.goto('/login')
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    assert.isTrue(await page.evaluate('navigator.standalone'))

    await offerInstall(page)
    await page.waitForTimeout(100)
    assert.isFalse(await page.getByRole('button', { name: 'Als App installieren' }).isVisible())
    assert.isFalse(await page.getByText('Als App nutzen').isVisible())

    await context.close()
  })

  test('in English', async ({ browser, assert }) => {
    const context = await browser.newContext({
      locale: 'en-GB',
      baseURL,
      userAgent: IPHONE_SAFARI,
      isMobile: true,
    })
    const page = await context.newPage()
    await page.goto('/login?lang=en')
    await page.getByText('Use it as an app: tap “Share”, then “Add to Home Screen”.').waitFor()
    assert.isTrue(await page.getByRole('button', { name: 'Hide the app hint' }).isVisible())
    await context.close()
  })
})
