import type { BrowserContext, Page } from 'playwright'
import type { FakeMailer } from '@adonisjs/mail'
import type User from '#models/user'
import { currentCode, lastMagicLinkPath } from '#tests/helpers/login'
import { directLogin, type DirectLoginClient } from '#tests/helpers/direct_login'

/** Step 1 + 2 as a person does it: type, "Weiter", open the mailed link, confirm. */
export async function followMagicLink(page: Page, mails: FakeMailer, email: string) {
  await page.goto('/')
  await page.getByLabel('E-Mail-Adresse').fill(email)
  await page.getByRole('button', { name: 'Weiter' }).click()
  await page.getByText('Wir haben dir eine E-Mail').waitFor()
  await page.goto(lastMagicLinkPath(mails, email))
  await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click()
}

export async function typeCode(page: Page, code: string, button: string) {
  await page.getByLabel('6-stelliger Code').fill(code)
  await page.getByRole('button', { name: button }).click()
}

/** The passkey offered after the recovery codes: "Später" goes on to the start page. */
export async function skipPasskeyOffer(page: Page, later = 'Später, weiter zur Startseite') {
  await page.getByRole('link', { name: later }).click()
}

/** A first login with 2FA setup, reading the secret from the page like a person copying it. */
export async function firstLogin(page: Page, mails: FakeMailer, email: string) {
  await followMagicLink(page, mails, email)
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
  await typeCode(page, currentCode(secret), 'Bestätigen')
  // The recovery codes, shown once after the setup.
  await page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' }).waitFor()
  await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
  await skipPasskeyOffer(page)
  return secret
}

type NewCookie = Parameters<BrowserContext['addCookies']>[0][number]

/** A Set-Cookie header as Playwright takes a cookie for `url`. */
function browserCookie(header: string, url: string): NewCookie {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  const index = pair.indexOf('=')
  const attribute = (name: string) =>
    attributes.find((a) => a.toLowerCase().startsWith(name))?.split('=')[1]
  const maxAge = attribute('max-age')
  const sameSite = attribute('samesite')?.toLowerCase()
  return {
    name: pair.slice(0, index),
    value: pair.slice(index + 1),
    url,
    httpOnly: attributes.some((a) => a.toLowerCase() === 'httponly'),
    secure: attributes.some((a) => a.toLowerCase() === 'secure'),
    sameSite: sameSite === 'strict' ? 'Strict' : sameSite === 'none' ? 'None' : 'Lax',
    expires: maxAge ? Math.floor(Date.now() / 1000) + Number(maxAge) : -1,
  }
}

/**
 * The user logged in directly (tests/helpers/direct_login.ts: no mail, no
 * code typed) in this page's browser, which then shows the start page, as
 * after a real first login. For browser tests that are not about logging in;
 * tests/browser/login_flow.spec.ts and the sweep of the login pages type it all.
 */
export async function logInDirectlyOn(page: Page, user: User) {
  const client = (await page.evaluate(
    '({ userAgent: navigator.userAgent, acceptLanguage: navigator.languages.join(",") })'
  )) as DirectLoginClient
  const login = await directLogin(user, client)
  const url = `http://${process.env.HOST}:${process.env.PORT}`
  await page.context().addCookies(login.setCookies.map((header) => browserCookie(header, url)))
  await page.goto('/')
  return login
}
