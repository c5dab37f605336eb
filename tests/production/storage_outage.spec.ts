import { test } from '@japa/runner'
import type { Browser } from 'playwright'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { launchChromium } from '#tests/helpers/chromium'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import { freePort, startInstance, stopAll, type Instance, smtpEnv } from '#tests/helpers/production/instance'
import { startObjectStore } from '#tests/helpers/production/object_store'
import { browserFirstLogin } from '#tests/helpers/production/browser_login'
import { firstLoginOverHttp, HttpAgent } from '#tests/helpers/production/login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'

/**
 * The S3 store cannot be reached from one instance: its readiness says so,
 * and an upload there ends with a clear message on the form, the typed text
 * kept, and nothing half-saved (no ticket, no invoice, no message row).
 */
test.group('Production | the object store is away', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let store: Awaited<ReturnType<typeof startObjectStore>>
  let browser: Browser
  const instances: Instance[] = []

  group.teardown(async () => {
    await browser?.close()
    await stopAll(instances)
    await smtp?.close()
    await store?.close()
    await db?.close()
  })

  group.setup(async () => {
    db = await createDatabase('storage')
    smtp = await startSmtpServer()
    store = await startObjectStore()
    const env = { ...db.env, ...store.env, ...smtpEnv(smtp) }
    await builtAce(['migration:run', '--force'], env)
    await builtAce(['portal:staff', 'ada@agentur.test', '--name', 'Ada Admin'], env)
    await builtAce(['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH', '--name', 'Karl Kunde'], env)
    // "healthy" reaches the store; "cut off" has the same configuration but an endpoint nobody answers.
    instances.push(await startInstance('healthy', env))
    const deadEndpoint = `http://127.0.0.1:${await freePort()}`
    instances.push(await startInstance('cut-off', { ...env, S3_ENDPOINT: deadEndpoint }, { waitFor: '/health/live' }))
    browser = await launchChromium()
  })

  test('readiness names the store', async ({ assert }) => {
    const [healthy, cutOff] = instances
    assert.equal((await fetch(`${healthy.url}/health/ready`)).status, 200)
    const response = await fetch(`${cutOff.url}/health/ready`)
    assert.equal(response.status, 503)
    const body = (await response.json()) as any
    assert.equal(body.checks.storage.status, 'error')
    assert.equal(body.checks.database.status, 'ok')
  })

  test('a ticket with a file: a clear message, the text kept, nothing saved', async ({ assert }) => {
    const [healthy, cutOff] = instances
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await browserFirstLogin(page, smtp, 'karl@firma.test', { requestOn: healthy.url })

    await page.goto(`${cutOff.url}/tickets/new`)
    await page.getByLabel('Betreff').fill('Rechnung fehlt')
    await page.getByLabel('Deine Nachricht').fill('Die Rechnung vom März fehlt im Portal.')
    await page.getByLabel('Anhänge').setInputFiles({ name: 'beleg.txt', mimeType: 'text/plain', buffer: Buffer.from('Beleg') })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByText('Deine Dateien konnten gerade nicht gespeichert werden').waitFor()
    assert.equal(await page.getByLabel('Betreff').inputValue(), 'Rechnung fehlt')
    assert.equal(await page.getByLabel('Deine Nachricht').inputValue(), 'Die Rechnung vom März fehlt im Portal.')

    const [{ tickets, messages, attachments }] = await db.query(
      `SELECT (SELECT count(*)::int FROM tickets) AS tickets, (SELECT count(*)::int FROM tickets_messages) AS messages,
              (SELECT count(*)::int FROM tickets_attachments) AS attachments`
    )
    assert.deepEqual({ tickets, messages, attachments }, { tickets: 0, messages: 0, attachments: 0 })
    // Support was not told about a ticket that does not exist.
    assert.lengthOf(smtp.to('support@agentur.test'), 0)

    // The same form on the instance that reaches the store works.
    await page.goto(`${healthy.url}/tickets/new`)
    await page.getByLabel('Betreff').fill('Rechnung fehlt')
    await page.getByLabel('Deine Nachricht').fill('Die Rechnung vom März fehlt im Portal.')
    await page.getByLabel('Anhänge').setInputFiles({ name: 'beleg.txt', mimeType: 'text/plain', buffer: Buffer.from('Beleg') })
    await page.getByRole('button', { name: 'Ticket senden' }).click()
    await page.getByRole('heading', { name: 'Rechnung fehlt' }).waitFor()
    await context.close()
  })

  test('an invoice upload: the same message, no invoice row', async ({ assert }) => {
    const [healthy, cutOff] = instances
    const staff = new HttpAgent()
    await firstLoginOverHttp(staff, smtp, 'ada@agentur.test', { requestOn: healthy.url })
    const [{ id: organizationId }] = await db.query(`SELECT id FROM organizations WHERE name = 'Firma GmbH'`)

    staff.baseUrl = cutOff.url
    await staff.visit('/admin/invoices/new')
    const form = new FormData()
    const fields = { organizationId, number: 'RE-2026-7', issuedOn: '2026-12-01', dueOn: '2026-12-15', amount: '99,00', currency: 'EUR' }
    for (const [name, value] of Object.entries(fields)) form.append(name, String(value))
    form.append('pdf', new Blob([new Uint8Array(simplePdf(['Rechnung RE-2026-7']))], { type: 'application/pdf' }), 'RE-2026-7.pdf')
    const response = await staff.request('POST', '/admin/invoices', { body: form })
    assert.equal(response.status, 302)
    const page = await staff.visit(response.headers.get('location')!)
    assert.match(page.props.flash.error ?? '', /Dateien konnten gerade nicht gespeichert werden/)
    const [{ total }] = await db.query('SELECT count(*)::int AS total FROM invoices')
    assert.equal(total, 0)
  })
})
