import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import Allowlist from '#services/allowlist'
import manifest from '#plugins/invoices/manifest'
import Invoice from '#plugins/invoices/models/invoice'
import { invoiceStatus } from '#plugins/invoices/services/invoice_status'

test.group('Invoices | demo data', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the demo hook creates paid, open and overdue invoices with real PDFs', async ({
    assert,
  }) => {
    const { user, organization } = await Allowlist.allowCustomer({
      email: `demo-${Date.now()}@kunde.test`,
      organization: 'Demo Test GmbH',
    })
    await manifest.demo({ organizationId: organization.id, customerId: user.id })

    const invoices = await Invoice.query()
      .where('organization_id', organization.id)
      .orderBy('issued_on')
    assert.lengthOf(invoices, 4)
    assert.sameMembers(
      [...new Set(invoices.map((invoice) => invoiceStatus(invoice)))],
      ['paid', 'open', 'overdue']
    )
    for (const invoice of invoices) {
      const bytes = Buffer.from(await drive.use().getBytes(invoice.fileKey))
      assert.equal(bytes.subarray(0, 8).toString('latin1'), '%PDF-1.4')
      assert.equal(bytes.length, invoice.fileSize)
      assert.include(bytes.toString('latin1'), `(Rechnung ${invoice.number}) Tj`)
    }
  })
})
