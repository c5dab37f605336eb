import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import Allowlist from '#services/allowlist'
import { currentCode } from '#tests/helpers/login'
import { followMagicLink, logInDirectlyOn, typeCode } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import { makeStaff } from '#tests/helpers/staff'
import { addVirtualAuthenticator } from '#tests/helpers/virtual_authenticator'

test.group('Browser | passkeys', (group) => {
  group.each.setup(() => emptyDatabase())

  test('add one after the 2FA setup, log in with it, remove it on the account page', async ({
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
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    })
    const page = await context.newPage()
    const authenticator = await addVirtualAuthenticator(page)

    // First login: 2FA setup, recovery codes, then the passkey is offered.
    await followMagicLink(page, mails, 'clara@kunde.test')
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
    await typeCode(page, currentCode(secret), 'Bestätigen')
    await page.getByRole('link', { name: 'Ich habe sie gespeichert' }).click()
    await page
      .getByRole('heading', { name: 'Noch schneller anmelden: mit einem Passkey' })
      .waitFor()
    await page.getByLabel('Name des Passkeys (optional)').fill('Laptop')
    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click()
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    assert.isTrue(
      await page.getByText('Der Passkey „Laptop“ wurde hinzugefügt.', { exact: false }).isVisible()
    )
    assert.lengthOf(await authenticator.credentials(), 1, 'the authenticator holds the passkey')

    // Next login on this browser without its device trust: the passkey instead of the code.
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor()
    await context.clearCookies()
    await followMagicLink(page, mails, 'clara@kunde.test')
    await page.getByRole('heading', { name: 'Code eingeben' }).waitFor()

    // The passkey is on another device: the browser has none to give, the page says so, nothing is counted.
    const giveBack = await authenticator.takeAway()
    await page.getByRole('button', { name: 'Mit Passkey bestätigen' }).click()
    await page
      .getByRole('alert')
      .getByText('Der Passkey wurde nicht verwendet', { exact: false })
      .waitFor()
    assert.lengthOf(await db.from('audit_events').where('event', '2fa.failed'), 0)
    await giveBack()

    await page.getByRole('button', { name: 'Mit Passkey bestätigen' }).click()
    await page.getByRole('heading', { name: 'Hallo Clara Kunde' }).waitFor()
    const completed = await db
      .from('audit_events')
      .where('event', 'login.completed')
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(completed.meta.method, 'passkey')

    // The account page lists it as used; removing it asks first.
    await page.goto('/account')
    const table = page.getByRole('table', { name: 'Passkeys' })
    await table.getByText('Laptop', { exact: true }).waitFor()
    assert.notInclude(await table.innerText(), 'Noch nie', 'it was used to log in')
    await page.getByRole('button', { name: /^Entfernen ?: Laptop$/ }).click()
    const confirm = page.getByRole('alertdialog', { name: /Passkey „Laptop“ entfernen\?/ })
    await confirm.getByRole('button', { name: 'Abbrechen' }).click()
    await page.getByRole('button', { name: /^Entfernen ?: Laptop$/ }).click()
    await confirm.getByRole('button', { name: 'Ja, entfernen' }).click()
    await page.getByText('Der Passkey „Laptop“ wurde entfernt.').waitFor()
    await page.getByText('Du hast noch keinen Passkey.', { exact: false }).waitFor()
    assert.lengthOf(await db.from('passkeys'), 0)
  })

  test('staff see the passkey on the security page; a 2FA reset removes it', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    const { user: customer } = await Allowlist.allowCustomer({
      email: 'ben@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Ben Kunde',
    })
    const options = { locale: 'de-DE', baseURL: `http://${process.env.HOST}:${process.env.PORT}` }
    const phone = await browser.newContext(options)
    const page = await phone.newPage()
    const authenticator = await addVirtualAuthenticator(page)
    await logInDirectlyOn(page, customer)
    await page.goto('/account')
    await page.getByLabel('Name des Passkeys (optional)').fill('Handy')
    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click()
    await page.getByText('Der Passkey „Handy“ wurde hinzugefügt.', { exact: false }).waitFor()
    assert.lengthOf(await authenticator.credentials(), 1)

    const office = await browser.newContext(options)
    const admin = await office.newPage()
    await logInDirectlyOn(admin, await makeStaff('admin'))
    await admin.goto(`/admin/users/${customer.id}/security`)
    await admin.getByRole('table', { name: 'Passkeys' }).getByText('Handy').waitFor()
    await admin.getByRole('button', { name: '2FA zurücksetzen' }).click()
    await admin
      .getByLabel('Grund (nur intern, wird protokolliert)')
      .fill('Handy verloren, Anruf bestätigt')
    const dialog = admin.getByRole('form', { name: 'Zwei-Faktor-Authentifizierung zurücksetzen' })
    await dialog.getByRole('button', { name: 'Jetzt zurücksetzen' }).click()
    await admin.getByText('Keine Passkeys.').waitFor()
    assert.lengthOf(await db.from('passkeys'), 0)

    // Ben's next login starts with a new 2FA setup; the passkey is offered again afterwards.
    await phone.clearCookies()
    await followMagicLink(page, mails, 'ben@kunde.test')
    await page.getByRole('heading', { name: '2FA einrichten' }).waitFor()
  })
})
