import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { Browser } from 'playwright'
import Allowlist from '#services/allowlist'
import { followMagicLink } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import { picture } from '#tests/helpers/screenshots'

const baseURL = `http://${process.env.HOST}:${process.env.PORT}`

/** The 2FA setup page as this device shows it: the order of its parts and where things are. */
async function setupPage(browser: Browser, device: 'phone' | 'computer') {
  const mails = mail.fake()
  await Allowlist.allowCustomer({ email: `${device}@kunde.test`, organization: 'Kunde GmbH' })
  const context = await browser.newContext(
    device === 'phone'
      ? {
          baseURL,
          locale: 'de-DE',
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        }
      : { baseURL, locale: 'de-DE', viewport: { width: 1280, height: 800 } }
  )
  const page = await context.newPage()
  await followMagicLink(page, mails, `${device}@kunde.test`)
  await page.getByRole('heading', { name: '2FA einrichten' }).waitFor()
  const parts = await page
    .locator('[data-part]')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-part')))
  const bottom = async (name: string) => {
    const box = await page.getByRole('button', { name }).boundingBox()
    return box ? box.y + box.height : Number.POSITIVE_INFINITY
  }
  const codeBox = await page.getByLabel('6-stelliger Code').boundingBox()
  await picture(page, `totp-setup-${device}`)
  return {
    parts,
    copyButtonBottom: await bottom('Secret Key kopieren'),
    codeFieldBottom: codeBox ? codeBox.y + codeBox.height : Number.POSITIVE_INFINITY,
    qrVisible: await page
      .getByRole('img', { name: 'QR-Code für deine Authenticator-App' })
      .isVisible(),
    close: () => context.close(),
  }
}

test.group('Browser | the 2FA setup fits the device it is done on', (group) => {
  group.each.setup(() => emptyDatabase())
  group.each.teardown(() => mail.restore())

  test('on a phone: copy the key first, the code field right below, the QR code last', async ({
    browser,
    assert,
  }) => {
    const phone = await setupPage(browser, 'phone')
    assert.deepEqual(phone.parts, ['key', 'code', 'qr'])
    assert.isBelow(phone.copyButtonBottom, 844, '"Secret Key kopieren" on the first screen')
    assert.isBelow(phone.codeFieldBottom, 844 * 1.5, 'the code field within half a screen more')
    assert.isTrue(phone.qrVisible, 'the QR code stays on the page (a second device at hand)')
    await phone.close()
  })

  test('on a computer: the QR code first, then the key, then the code', async ({
    browser,
    assert,
  }) => {
    const computer = await setupPage(browser, 'computer')
    assert.deepEqual(computer.parts, ['qr', 'key', 'code'])
    assert.isBelow(computer.copyButtonBottom, Number.POSITIVE_INFINITY)
    await computer.close()
  })
})
