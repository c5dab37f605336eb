import type { Page } from 'playwright'
import { currentCode, tokenFromPath } from '#tests/helpers/login'
import { typeCode } from '#tests/helpers/browser_login'
import { magicLinkIn, type TestSmtpServer } from '#tests/helpers/smtp_server'
import type { LoginSecrets } from './login.js'

/** Step 1 + 2: the address on `requestOn`, the link from the mail (real SMTP) confirmed on `confirmOn`; returns the link's path. */
export async function followMailedLink(
  page: Page,
  smtp: TestSmtpServer,
  email: string,
  { requestOn, confirmOn = requestOn }: { requestOn: string; confirmOn?: string }
) {
  const before = smtp.to(email).length
  await page.goto(`${requestOn}/`)
  await page.getByLabel('E-Mail-Adresse').fill(email)
  await page.getByRole('button', { name: 'Weiter' }).click()
  await page.getByText('Wir haben dir eine E-Mail').waitFor()
  const mails = await smtp.waitFor(email, { count: before + 1, timeoutMs: 20_000 })
  const path = magicLinkIn(mails.at(-1)!).pathname
  await page.goto(`${confirmOn}${path}`)
  await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click()
  return path
}

/**
 * A first login in Chromium against built instances, as a person does it:
 * the address on `requestOn`, the link from the mail (real SMTP) opened on
 * `confirmOn`, the secret copied from the page, the recovery codes passed.
 */
export async function browserFirstLogin(
  page: Page,
  smtp: TestSmtpServer,
  email: string,
  instances: { requestOn: string; confirmOn?: string }
): Promise<LoginSecrets> {
  const path = await followMailedLink(page, smtp, email, instances)
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
  const code = currentCode(secret)
  await typeCode(page, code, 'Bestätigen')
  const codes = page.getByTestId('recovery-codes').locator('li')
  await codes.first().waitFor()
  const recoveryCodes = (await codes.allInnerTexts()).map((text) => text.trim())
  await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
  // The passkey offered next is for later.
  await page.getByRole('link', { name: 'Später, weiter zur Startseite' }).click()
  await page.getByRole('heading', { name: /^Hallo / }).waitFor()
  return { token: tokenFromPath(path), secret, code, recoveryCodes }
}
