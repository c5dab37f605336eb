import { test } from '@japa/runner'
import type { Instance } from '#tests/helpers/production/instance'
import { startShippedPortal, type ShippedPortal } from '#tests/helpers/production/shipped_portal'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { firstLoginOverHttp, HttpClient } from '#tests/helpers/production/login'

/**
 * An invoice upload sent to the instance that cannot reach the store ends
 * with the same clear message and no invoice row.
 */
test.group('Production | invoices while the object store is away', (group) => {
  let portal: ShippedPortal
  let instances: Instance[]

  group.setup(async () => {
    // Instance A reaches the store; B has the same configuration but an endpoint nobody answers.
    portal = await startShippedPortal('invoices_storage', { cutOffSecond: true })
    instances = portal.instances
    return () => portal.close()
  })

  test('an invoice upload: the same message, no invoice row', async ({ assert }) => {
    const [healthy, cutOff] = instances
    const staff = new HttpClient()
    await firstLoginOverHttp(staff, portal.smtp, 'ada@agentur.test', { requestOn: healthy.url })
    const [{ id: organizationId }] = await portal.db.query(
      `SELECT id FROM organizations WHERE name = 'Firma GmbH'`
    )

    staff.baseUrl = cutOff.url
    await staff.visit('/admin/invoices/new')
    const form = new FormData()
    const fields = {
      organizationId,
      number: 'RE-2026-7',
      issuedOn: '2026-12-01',
      dueOn: '2026-12-15',
      amount: '99,00',
      currency: 'EUR',
    }
    for (const [name, value] of Object.entries(fields)) form.append(name, String(value))
    form.append(
      'pdf',
      new Blob([new Uint8Array(simplePdf(['Rechnung RE-2026-7']))], { type: 'application/pdf' }),
      'RE-2026-7.pdf'
    )
    const response = await staff.request('POST', '/admin/invoices', { body: form })
    assert.equal(response.status, 302)
    const page = await staff.visit(response.headers.get('location')!)
    assert.match(page.props.flash.error ?? '', /Dateien konnten gerade nicht gespeichert werden/)
    const [{ total }] = await portal.db.query('SELECT count(*)::int AS total FROM invoices')
    assert.equal(total, 0)
  })
})
