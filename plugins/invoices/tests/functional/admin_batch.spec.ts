import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import mail from '@adonisjs/mail/services/main'
import type { UploadedFile } from '#plugin_kit/private_files'
import Organization from '#models/organization'
import type InvoiceAvailableMail from '#plugins/invoices/mails/invoice_available_mail'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import StoreInvoices from '#plugins/invoices/actions/store_invoices'
import { simplePdf } from '#plugins/invoices/services/simple_pdf'
import { postForm, submitForm, type UploadFile } from '#tests/helpers/forms'
import { batchFields, pdfFile, storedFiles } from '#plugins/invoices/tests/helpers/admin'

const unique = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

function row(organizationId: number, overrides: Record<string, string | number | boolean> = {}) {
  return {
    organizationId,
    number: unique('B'),
    issuedOn: '2026-05-01',
    dueOn: '2026-05-15',
    amount: '100,00',
    currency: 'EUR',
    ...overrides,
  }
}

/** rows[i][pdf] for each file, in order. */
function rowFiles(files: UploadFile[]) {
  return Object.fromEntries(files.map((file, index) => [`rows[${index}][pdf]`, file]))
}

test.group('Admin invoices | several at once', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the page states the limits', async ({ assert }) => {
    const { http } = await staffClient()
    const page = await http.visit('/admin/invoices/batch')
    assert.equal(page.component, 'invoices/admin/batch')
    assert.deepInclude(page.props.limits, { maxSize: '20 MB', maxFiles: 20, maxRequest: '50 MB' })
    assert.isString(page.props.defaults.issuedOn)
  })

  test('stores every row with its own PDF, records each upload and mails the customers once per invoice', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const first = await customerClient(unique('Stapel GmbH'))
    const second = await Organization.create({ name: unique('Zweite GmbH') })
    const rows = [
      row(first.user.organizationId!, { amount: '1.000,00' }),
      row(second.id, { amount: '25.5', currency: 'USD', paid: true }),
    ]
    const files = [pdfFile('eins.pdf'), pdfFile('zwei.pdf')]
    const mails = mail.fake()
    await http.visit('/admin/invoices/batch')

    const page = await submitForm(
      http,
      '/admin/invoices/batch',
      batchFields(rows, { notify: true }),
      rowFiles(files)
    )
    assert.equal(page.component, 'invoices/admin/index')
    assert.equal(page.props.flash.success, '2 Rechnungen sind hochgeladen. 1 E-Mail ist unterwegs.')

    const stored = await db
      .from('invoices')
      .whereIn(
        'number',
        rows.map((r) => r.number as string)
      )
      .orderBy('id')
    assert.deepEqual(
      stored.map((r) => r.number),
      rows.map((r) => r.number)
    )
    assert.deepEqual(
      stored.map((r) => Number(r.amount_cents)),
      [100000, 2550]
    )
    assert.deepEqual(
      stored.map((r) => r.currency),
      ['EUR', 'USD']
    )
    assert.isNull(stored[0].paid_at)
    assert.isNotNull(stored[1].paid_at)
    for (const [index, invoice] of stored.entries()) {
      assert.deepEqual(
        Buffer.from(await drive.use().getBytes(invoice.file_key)),
        files[index].content
      )
    }
    const audits = await db
      .from('audit_events')
      .where('event', 'invoices.uploaded')
      .whereRaw(`meta->>'number' in (?, ?)`, [rows[0].number, rows[1].number])
    assert.lengthOf(audits, 2)
    assert.deepEqual(
      (mails.mails.queued() as InvoiceAvailableMail[]).map((m) => m.recipient),
      [first.user.email]
    )
    assert.deepEqual(
      (await first.http.visit('/invoices')).props.invoices.map((i: { number: string }) => i.number),
      [rows[0].number]
    )
  })

  test('one bad row stores nothing and leaves no file behind; the errors name the row and field', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Alles-oder-nichts GmbH') })
    const before = await storedFiles(organization.id)
    const rows = [
      row(organization.id),
      row(organization.id, { amount: '0', dueOn: '2026-04-01' }),
      row(organization.id),
    ]
    await http.visit('/admin/invoices/batch')

    const page = await submitForm(
      http,
      '/admin/invoices/batch',
      batchFields(rows),
      rowFiles([pdfFile('1.pdf'), pdfFile('2.pdf'), pdfFile('3.pdf')])
    )
    assert.equal(page.component, 'invoices/admin/batch')
    assert.deepInclude(page.props.errors, {
      'rows.1.amount':
        'Der Betrag muss größer als 0 sein. Gutschriften werden hier nicht hochgeladen.',
      'rows.1.dueOn': 'Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.',
    })
    assert.notProperty(page.props.errors, 'rows.0.amount')
    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 0)
    assert.deepEqual(await storedFiles(organization.id), before)
  })

  test('a number used twice in the batch, or already taken, is an error on that row', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Zweimal GmbH') })
    const twice = unique('TWICE')
    await http.visit('/admin/invoices/batch')
    const rows = [
      row(organization.id, { number: twice }),
      row(organization.id, { number: twice.toLowerCase() }),
    ]
    const page = await submitForm(
      http,
      '/admin/invoices/batch',
      batchFields(rows),
      rowFiles([pdfFile('1.pdf'), pdfFile('2.pdf')])
    )
    assert.equal(
      page.props.errors['rows.1.number'],
      'Diese Rechnungsnummer steht schon in einer Zeile weiter oben.'
    )
    assert.notProperty(page.props.errors, 'rows.0.number')
    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 0)
  })

  test('a text file among the PDFs, a missing file, no rows at all and too many rows are refused', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Gemischt GmbH') })
    await http.visit('/admin/invoices/batch')

    const mixed = await submitForm(
      http,
      '/admin/invoices/batch',
      batchFields([row(organization.id), row(organization.id), row(organization.id)]),
      rowFiles([
        pdfFile('gut.pdf'),
        { name: 'notiz.pdf', content: 'nur Text', type: 'application/pdf' },
      ])
    )
    assert.equal(
      mixed.props.errors['rows.1.pdf'],
      'notiz.pdf ist keine echte PDF-Datei (der Inhalt ist kein PDF).'
    )
    assert.equal(mixed.props.errors['rows.2.pdf'], 'Bitte wähle die PDF-Datei der Rechnung aus.')

    const none = await submitForm(http, '/admin/invoices/batch', { notify: false })
    assert.equal(none.props.errors.rows, 'Bitte wähle mindestens eine PDF-Datei aus.')

    const many = Array.from({ length: 21 }, () => row(organization.id))
    const tooMany = await submitForm(
      http,
      '/admin/invoices/batch',
      batchFields(many),
      rowFiles(many.map((_, i) => pdfFile(`${i}.pdf`)))
    )
    assert.equal(tooMany.props.errors.rows, 'Höchstens 20 Rechnungen auf einmal.')
    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 0)
  })

  test('a far-off row index is refused without a 500', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Lücke GmbH') })
    await http.visit('/admin/invoices/batch')
    const fields = Object.fromEntries(
      Object.entries(row(organization.id)).map(([key, value]) => [`rows[100000][${key}]`, value])
    )
    const response = await postForm(http, '/admin/invoices/batch', fields, {
      'rows[100000][pdf]': pdfFile('weit.pdf'),
    })
    assert.oneOf(response.status, [302, 303])
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.props.errors.rows, 'Höchstens 20 Rechnungen auf einmal.')
  })

  test('when storing fails half-way, the PDFs already written are removed and no row is kept', async ({
    assert,
  }) => {
    const organization = await Organization.create({ name: unique('Abbruch GmbH') })
    const before = await storedFiles(organization.id)
    // Stand-ins for validated uploads: they "move" their bytes onto the disk like MultipartFile.moveToDisk.
    const upload = (name: string): UploadedFile => {
      const bytes = simplePdf([name])
      return {
        clientName: `${name}.pdf`,
        extname: 'pdf',
        size: bytes.length,
        moveToDisk: (key: string) => drive.use().put(key, bytes),
      }
    }
    const base = {
      issuedOn: new Date('2026-05-01'),
      dueOn: new Date('2026-05-15'),
      amountCents: 100,
      currency: 'EUR',
    }
    const number = unique('HALF')
    await assert.rejects(() =>
      StoreInvoices.handle([
        { ...base, organizationId: organization.id, number, pdf: upload('eins') },
        // An organization that does not exist: the insert fails after the first file was written.
        { ...base, organizationId: 999999999, number: unique('HALF'), pdf: upload('zwei') },
      ])
    )
    assert.isNull(await db.from('invoices').where('number', number).first())
    assert.deepEqual(await storedFiles(organization.id), before)
    assert.deepEqual(await storedFiles(999999999), [])
  })
})
