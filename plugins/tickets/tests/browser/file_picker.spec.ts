import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import Allowlist from '#services/allowlist'
import { logInDirectlyOn } from '#tests/helpers/browser_login'
import { emptyDatabase } from '#tests/helpers/database'
import { picture } from '#tests/helpers/screenshots'

/** A tiny valid PNG (1×1 px). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)
const file = (name: string, buffer: Buffer, mimeType: string) => ({ name, buffer, mimeType })

test.group('Browser | the core file picker on a ticket (phone)', (group) => {
  group.each.setup(() => emptyDatabase())

  test('speaks the portal language, lists the chosen files with their size, and a removed file is not sent', async ({
    browser,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const { user } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const context = await browser.newContext({
      locale: 'de-DE',
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await logInDirectlyOn(page, user)
    await page.goto('/tickets/new')
    await page.getByRole('heading', { name: 'Neues Ticket' }).waitFor()

    // The portal's words, not the browser's ("Choose Files", "No file chosen").
    const picker = page.locator('.file-field')
    assert.include(await picker.innerText(), 'Dateien auswählen')
    assert.notInclude(await picker.innerText(), 'oder hierher ziehen', 'no dragging on a phone')
    assert.include(await picker.innerText(), 'Bis zu 5 Dateien')

    // Two files chosen: both listed with their size; one removed again.
    await page
      .getByLabel('Anhänge')
      .setInputFiles([
        file('Screenshot.png', PNG, 'image/png'),
        file('Notizen.txt', Buffer.from('Zeile eins\n'), 'text/plain'),
      ])
    const chosen = page.getByRole('list', { name: 'Ausgewählte Dateien' }).getByRole('listitem')
    assert.lengthOf(await chosen.all(), 2)
    await picture(page, 'file-picker-two-chosen-390')
    assert.include(await chosen.first().innerText(), 'Screenshot.png')
    assert.include(await chosen.first().innerText(), '70 B')
    await page.getByRole('button', { name: 'Notizen.txt entfernen' }).click()
    assert.lengthOf(await chosen.all(), 1)

    await page.getByLabel('Betreff', { exact: true }).fill('Logo unscharf')
    await page.getByLabel('Deine Nachricht').fill('Siehe Screenshot.')
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Logo unscharf' }).waitFor()
    const names = await db.from('tickets_attachments').select('original_name').orderBy('id')
    assert.deepEqual(
      names.map((row) => row.original_name),
      ['Screenshot.png'],
      'only the listed file was sent'
    )

    // In English, the same picker says so in English.
    await page.goto('/tickets/new?lang=en')
    assert.include(await page.locator('.file-field').innerText(), 'Choose files')
  })
})
