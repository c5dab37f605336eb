import drive from '@adonisjs/drive/services/main'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerClient } from '#tests/helpers/plugin_testing'
import { makeInvoice, readZip, today } from '#plugins/invoices/tests/helpers/invoices'
import { pdfFileName } from '#plugins/invoices/services/invoice_files'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'

test.group('Invoices | PDF download', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('streams the stored PDF as an attachment named after the number', async ({ assert }) => {
    const { http, user } = await customerClient('Download GmbH')
    const { invoice, pdf } = await makeInvoice(user.organizationId!, { number: 'RE-2026-0042' })

    const response = await http.request('GET', `/invoices/${invoice.id}/download`, {
      inertia: false,
    })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="RE-2026-0042.pdf"; filename*=UTF-8''RE-2026-0042.pdf`
    )
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), Buffer.from(pdf))
  })

  test('a number with slashes, spaces or quotes becomes a safe file name', async ({ assert }) => {
    const { http, user } = await customerClient('Download GmbH')
    const { invoice } = await makeInvoice(user.organizationId!, { number: 'RE 2026/"07"' })
    const response = await http.request('GET', `/invoices/${invoice.id}/download`, {
      inertia: false,
    })
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="RE_2026_07.pdf"; filename*=UTF-8''RE_2026_07.pdf`
    )
    assert.equal(pdfFileName('../../etc/passwd'), 'etc_passwd.pdf')
    assert.equal(pdfFileName('Ärger-1'), 'Arger-1.pdf')
  })

  test('soft-deleted, unknown and malformed ids are 404', async ({ assert }) => {
    const { http, user } = await customerClient('Download GmbH')
    const { invoice } = await makeInvoice(user.organizationId!, { deleted: true })
    const ids = ['999999999', 'abc', '99999999999'] // the last one is beyond PostgreSQL's integer
    for (const path of [
      `/invoices/${invoice.id}/download`,
      ...ids.map((id) => `/invoices/${id}/download`),
    ]) {
      assert.equal((await http.request('GET', path, { inertia: false })).status, 404, path)
    }
  })
})

test.group('Invoices | ZIP of all invoices', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('contains every visible invoice as <number>.pdf with the stored bytes', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Zip GmbH')
    const org = user.organizationId!
    const a = await makeInvoice(org, {
      number: 'Z-1',
      issuedOn: '2025-02-01',
      dueOn: '2025-02-15',
      paid: true,
    })
    const b = await makeInvoice(org, { number: 'Z-2', issuedOn: today() })
    await makeInvoice(org, { number: 'Z-GONE', deleted: true })

    const response = await http.request('GET', '/invoices/download.zip', { inertia: false })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/zip')
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="Rechnungen.zip"; filename*=UTF-8''Rechnungen.zip`
    )
    const entries = readZip(Buffer.from(await response.arrayBuffer()))
    assert.sameMembers([...entries.keys()], ['Z-1.pdf', 'Z-2.pdf'])
    assert.deepEqual(entries.get('Z-1.pdf'), Buffer.from(a.pdf))
    assert.deepEqual(entries.get('Z-2.pdf'), Buffer.from(b.pdf))
  })

  test('uses the same filters as the list', async ({ assert }) => {
    const { http, user } = await customerClient('Zip GmbH')
    const org = user.organizationId!
    await makeInvoice(org, {
      number: 'F-2025-PAID',
      issuedOn: '2025-02-01',
      dueOn: '2025-02-15',
      paid: true,
    })
    await makeInvoice(org, {
      number: 'F-2025-OVERDUE',
      issuedOn: '2025-06-01',
      dueOn: '2025-06-15',
    })
    await makeInvoice(org, { number: 'F-NOW', issuedOn: today() })

    const byYear = await http.request('GET', '/invoices/download.zip?year=2025', {
      inertia: false,
    })
    assert.equal(
      byYear.headers.get('content-disposition'),
      `attachment; filename="Rechnungen-2025.zip"; filename*=UTF-8''Rechnungen-2025.zip`
    )
    assert.sameMembers(
      [...readZip(Buffer.from(await byYear.arrayBuffer())).keys()],
      ['F-2025-PAID.pdf', 'F-2025-OVERDUE.pdf']
    )

    const overdue = await http.request('GET', '/invoices/download.zip?year=2025&status=overdue', {
      inertia: false,
    })
    assert.deepEqual(
      [...readZip(Buffer.from(await overdue.arrayBuffer())).keys()],
      ['F-2025-OVERDUE.pdf']
    )
  })

  test('an empty selection redirects back to the list with a friendly message', async ({
    assert,
  }) => {
    const { http } = await customerClient('Leer GmbH')
    const response = await http.request('GET', '/invoices/download.zip?year=1999&status=paid', {
      inertia: false,
    })
    assert.equal(response.status, 302)
    assert.equal(response.headers.get('location'), '/invoices?year=1999&status=paid')

    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.component, 'invoices/index')
    assert.equal(
      page.props.flash.error,
      'Für diese Auswahl gibt es keine Rechnungen zum Herunterladen.'
    )
  })

  test('a PDF missing from the drive is reported instead of a cut-off ZIP', async ({ assert }) => {
    const { http, user } = await customerClient('Fehlt GmbH')
    const { invoice } = await makeInvoice(user.organizationId!, { number: 'RE-MISSING-1' })
    await drive.use().delete(invoice.fileKey)
    const response = await http.request('GET', '/invoices/download.zip', { inertia: false })
    assert.equal(response.status, 302)
    const page = await http.visit(response.headers.get('location')!)
    assert.include(page.props.flash.error, 'RE-MISSING-1')
  })
})

test.group('Invoices | demo PDFs', () => {
  test('the generated PDF is well-formed: header, xref offsets, trailer', ({ assert }) => {
    const pdf = simplePdf(['Rechnung RE-1 (Demo)', 'Fällig: 1.234,50 €', 'Back\\slash'])
    const text = pdf.toString('latin1')
    assert.isTrue(text.startsWith('%PDF-1.4\n'))
    assert.isTrue(text.endsWith('%%EOF\n'))

    const startxref = Number(text.match(/startxref\n(\d+)\n%%EOF\n$/)![1])
    assert.equal(text.slice(startxref, startxref + 5), 'xref\n')
    const [, first, count] = text.slice(startxref).match(/^xref\n(\d+) (\d+)\n/)!
    assert.equal(first, '0')
    const table = text
      .slice(startxref)
      .split('\n')
      .slice(2, 2 + Number(count))
    assert.equal(table[0], '0000000000 65535 f ')
    table.slice(1).forEach((entry, index) => {
      assert.match(entry, /^\d{10} 00000 n $/)
      const offset = Number(entry.slice(0, 10))
      assert.equal(text.slice(offset, offset + `${index + 1} 0 obj`.length), `${index + 1} 0 obj`)
    })
    assert.match(text, new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R >>`))

    const [, length, stream] = text.match(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/)!
    assert.equal(Number(length), Buffer.byteLength(stream, 'latin1'))
    assert.include(stream, '(Rechnung RE-1 \\(Demo\\)) Tj')
    assert.include(stream, '(F\\344llig: 1.234,50 \\200) Tj')
    assert.include(stream, '(Back\\\\slash) Tj')
  })
})
