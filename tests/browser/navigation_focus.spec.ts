import { test } from '@japa/runner'
import type { Page } from 'playwright'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import { currentCode } from '#tests/helpers/login'
import { followMagicLink, typeCode } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import { picture } from '#tests/helpers/screenshots'

/**
 * What a person on a phone sees right after a step: where the page is scrolled, what has focus,
 * the document's language. Runs in the page: the string keeps the DOM types out of the server's compile.
 */
const LANDING = `({
  scrollY: Math.round(window.scrollY),
  focused: document.activeElement
    ? document.activeElement.tagName.toLowerCase() + ':' + (document.activeElement.id || document.activeElement.textContent.trim())
    : '',
  lang: document.documentElement.lang,
})`
type Landing = { scrollY: number; focused: string; lang: string }

/** Polls the page until what has focus is `expected` (the focus moves one frame after rendering). */
async function focusedAfterwards(page: Page, expected: string) {
  let seen = (await page.evaluate(LANDING)) as Landing
  for (let tries = 0; seen.focused !== expected && tries < 50; tries++) {
    await page.waitForTimeout(100)
    seen = (await page.evaluate(LANDING)) as Landing
  }
  return seen
}

test.group('Browser | every step lands where a person reads on', (group) => {
  group.each.setup(() => emptyDatabase())

  test('on a phone: the next page starts at its top with focus on its heading; a wrong code puts focus on the field', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    await Allowlist.allowCustomer({ email: 'paul@kunde.test', organization: 'Kunde GmbH' })
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    const page = await context.newPage()
    await followMagicLink(page, mails, 'paul@kunde.test')
    await page.getByRole('heading', { name: '2FA einrichten' }).waitFor()
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')

    // A wrong code: the same page, focus on the code field (scrolled to it), the message read out.
    await typeCode(page, currentCode(secret, 5), 'Bestätigen')
    await page.locator('#content [aria-invalid="true"]').waitFor()
    assert.equal((await focusedAfterwards(page, 'input:code')).focused, 'input:code')

    // The right one: the recovery codes page, from its top, its heading focused.
    await typeCode(page, currentCode(secret), 'Bestätigen')
    const heading = page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' })
    await heading.waitFor()
    const seen = await focusedAfterwards(page, 'h1:Speichere deine Wiederherstellungscodes')
    await picture(page, 'recovery-codes-after-setup-390')
    assert.equal(seen.scrollY, 0)
    assert.equal(seen.focused, 'h1:Speichere deine Wiederherstellungscodes')
    assert.equal(seen.lang, 'de')
    // Long words are hyphenated in the page's language; codes and addresses never.
    const hyphens = (selector: string) =>
      page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).hyphens`)
    assert.equal(await hyphens('#content h1'), 'auto')
    assert.equal(await hyphens('[data-testid="recovery-codes"] code'), 'manual', 'codes never')

    // In English the document says so, after Inertia's own page changes too.
    await page.goto('/dashboard?lang=en')
    await page.getByRole('link', { name: 'My account' }).first().click()
    await page.waitForURL('**/account')
    assert.equal(((await page.evaluate(LANDING)) as Landing).lang, 'en')
    await context.close()
  })
})
