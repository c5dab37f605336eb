import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import { currentCode } from '#tests/helpers/login'
import { followMagicLink, typeCode } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'

test.group('Browser | a customer logs in as the agency page describes', (group) => {
  group.each.setup(() => emptyDatabase())

  test('first login with 2FA setup, a second device with the code, the first device with the link only', async ({
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
    const options = { locale: 'de-DE', baseURL: `http://${process.env.HOST}:${process.env.PORT}` }

    // Computer: link, then set up 2FA with the secret shown on the page.
    const computer = await browser.newContext(options)
    const page = await computer.newPage()
    await followMagicLink(page, mails, 'clara@kunde.test')
    await page.getByRole('heading', { name: '2FA einrichten' }).waitFor()
    assert.isTrue(
      await page.getByRole('img', { name: 'QR-Code für deine Authenticator-App' }).isVisible()
    )
    assert.isTrue(await page.getByRole('button', { name: 'Secret Key kopieren' }).isVisible())
    assert.equal(
      await page.getByLabel('6-stelliger Code').getAttribute('autocomplete'),
      'one-time-code'
    )
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
    await typeCode(page, currentCode(secret), 'Bestätigen')
    // The recovery codes, shown once: ten of them, then on to the start page.
    await page.getByRole('heading', { name: 'Speichere deine Wiederherstellungscodes' }).waitFor()
    assert.lengthOf(await page.getByTestId('recovery-codes').getByRole('listitem').all(), 10)
    await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
    await page.getByRole('link', { name: 'Später, weiter zur Startseite' }).click()
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    assert.isTrue(await page.getByText('Kunde GmbH').first().isVisible())

    // Phone: a new device needs only the code.
    const phone = await browser.newContext({
      ...options,
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    const phonePage = await phone.newPage()
    await followMagicLink(phonePage, mails, 'clara@kunde.test')
    await phonePage.getByRole('heading', { name: 'Code eingeben' }).waitFor()
    // A wrong code keeps the page and says why (the mail link's page must not
    // break the way back to the form).
    const near = [-1, 0, 1, 2].map((step) => currentCode(secret, step))
    await typeCode(
      phonePage,
      ['000000', '111111', '222222', '333333', '444444'].find((c) => !near.includes(c))!,
      'Anmelden'
    )
    await phonePage.getByText('Der Code stimmt nicht. Du hast noch 4 Versuche.').waitFor()
    await typeCode(phonePage, currentCode(secret, 1), 'Anmelden')
    await phonePage.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    // Runs in the page: the string keeps the DOM types out of the server's compile.
    const overflow = await phonePage.evaluate(
      'document.documentElement.scrollWidth > window.innerWidth'
    )
    assert.isFalse(overflow, 'no horizontal scrolling on a phone')

    // Computer again: log out, log in with the link only (trusted device).
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.getByText('Du bist abgemeldet').waitFor()
    await followMagicLink(page, mails, 'clara@kunde.test')
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()

    await computer.close()
    await phone.close()
  })
})
