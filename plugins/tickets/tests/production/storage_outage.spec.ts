import { test } from '@japa/runner'
import type { Instance } from '#tests/helpers/production/instance'
import { startShippedPortal, type ShippedPortal } from '#tests/helpers/production/shipped_portal'
import { browserFirstLogin } from '#tests/helpers/production/browser_login'

/**
 * A ticket with a file sent to the instance that cannot reach the store ends
 * with a clear message on the form, the typed text kept, and nothing
 * half-saved (no ticket, no message, no attachment row, no mail).
 */
test.group('Production | tickets while the object store is away', (group) => {
  let portal: ShippedPortal
  let instances: Instance[]

  group.setup(async () => {
    // Instance A reaches the store; B has the same configuration but an endpoint nobody answers.
    portal = await startShippedPortal('tickets_storage', { cutOffSecond: true })
    instances = portal.instances
    return () => portal.close()
  })

  test('a ticket with a file: a clear message, the text kept, nothing saved', async ({
    assert,
  }) => {
    const [healthy, cutOff] = instances
    const context = await portal.browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await browserFirstLogin(page, portal.smtp, 'karl@firma.test', { requestOn: healthy.url })

    await page.goto(`${cutOff.url}/tickets/new`)
    await page.getByLabel('Betreff', { exact: true }).fill('Rechnung fehlt')
    await page.getByLabel('Deine Nachricht').fill('Die Rechnung vom März fehlt im Portal.')
    await page
      .getByLabel('Anhänge')
      .setInputFiles({ name: 'beleg.txt', mimeType: 'text/plain', buffer: Buffer.from('Beleg') })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByText('Deine Dateien konnten gerade nicht gespeichert werden').waitFor()
    assert.equal(await page.getByLabel('Betreff', { exact: true }).inputValue(), 'Rechnung fehlt')
    assert.equal(
      await page.getByLabel('Deine Nachricht').inputValue(),
      'Die Rechnung vom März fehlt im Portal.'
    )

    const [{ tickets, messages, attachments }] = await portal.db.query(
      `SELECT (SELECT count(*)::int FROM tickets) AS tickets, (SELECT count(*)::int FROM tickets_messages) AS messages,
              (SELECT count(*)::int FROM tickets_attachments) AS attachments`
    )
    assert.deepEqual(
      { tickets, messages, attachments },
      { tickets: 0, messages: 0, attachments: 0 }
    )
    // Support was not told about a ticket that does not exist.
    assert.lengthOf(portal.smtp.to('support@agentur.test'), 0)

    // The same form on the instance that reaches the store works.
    await page.goto(`${healthy.url}/tickets/new`)
    await page.getByLabel('Betreff', { exact: true }).fill('Rechnung fehlt')
    await page.getByLabel('Deine Nachricht').fill('Die Rechnung vom März fehlt im Portal.')
    await page
      .getByLabel('Anhänge')
      .setInputFiles({ name: 'beleg.txt', mimeType: 'text/plain', buffer: Buffer.from('Beleg') })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Rechnung fehlt' }).waitFor()
    await context.close()
  })
})
