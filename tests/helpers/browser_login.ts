import type { Page } from 'playwright'
import type { FakeMailer } from '@adonisjs/mail'
import { currentCode, lastMagicLinkPath } from '#tests/helpers/login'

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

/** A first login with 2FA setup, reading the secret from the page like a person copying it. */
export async function firstLogin(page: Page, mails: FakeMailer, email: string) {
  await followMagicLink(page, mails, email)
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
  await typeCode(page, currentCode(secret), 'Bestätigen')
  // The recovery codes, shown once after the setup.
  await page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' }).waitFor()
  await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
  return secret
}
