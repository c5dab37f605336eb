import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import mail from '@adonisjs/mail/services/main'
import portalConfig from '#config/portal'
import Organization from '#models/organization'
import type InvoiceAvailableMail from '#plugins/invoices/mails/invoice_available_mail'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { makeInvoice } from '#plugins/invoices/tests/helpers/invoices'
import { submitForm } from '#tests/helpers/forms'
import { invoiceFields, pdfFile, storedFiles } from '#plugins/invoices/tests/helpers/admin'
import { parseAmount } from '#plugins/invoices/services/amount'

const unique = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

test.group('Admin invoices | upload', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the form preselects the linked organization (never a list of all), states the limit, starts with sensible defaults', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const organization = await Organization.create({ name: unique('Formular GmbH') })
    const page = await http.visit(`/admin/invoices/new?organization=${organization.id}`)
    assert.equal(page.component, 'invoices/admin/create')
    assert.deepEqual(page.props.organization, { id: organization.id, name: organization.name })
    assert.notProperty(
      page.props,
      'organizations',
      'the organization picker asks the server for suggestions'
    )
    assert.isTrue(page.props.anyOrganization)
    assert.equal(page.props.limits.maxSize, '20 MB')
    assert.deepEqual(page.props.currencies, ['EUR', 'CHF', 'USD', 'GBP'])
    assert.include(page.props.values, {
      organizationId: organization.id,
      currency: 'EUR',
      notify: true,
      paid: false,
    })
    assert.isTrue(page.props.values.issuedOn < page.props.values.dueOn)
    // An unknown organization in the link preselects nothing.
    const unknown = await http.visit('/admin/invoices/new?organization=999999999')
    assert.isNull(unknown.props.values.organizationId)
    assert.isNull(unknown.props.organization)
  })

  test('stores the PDF and the invoice; the customer of that organization sees and downloads it, others get 404', async ({
    assert,
  }) => {
    const { http, user: staff } = await staffClient()
    const owner = await customerClient(unique('Rechnungsempfänger GmbH'))
    const other = await customerClient(unique('Nachbar AG'))
    const file = pdfFile('RE-UP-1.pdf')
    const number = unique('RE-UP')
    await http.visit('/admin/invoices/new')

    const page = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(owner.user.organizationId!, { number, amount: '1.234,56', currency: 'CHF' }),
      { pdf: file }
    )
    assert.equal(page.component, 'invoices/admin/show')
    assert.equal(
      page.props.flash.success,
      `Rechnung ${number} ist hochgeladen. Niemand wurde benachrichtigt.`
    )
    assert.equal(page.props.invoice.number, number)
    assert.equal(page.props.invoice.amount, '1.234,56\u00a0CHF')
    assert.notProperty(page.props.invoice, 'fileKey')

    const row = await db.from('invoices').where('number', number).firstOrFail()
    assert.equal(row.organization_id, owner.user.organizationId)
    assert.equal(Number(row.amount_cents), 123456)
    assert.equal(row.currency, 'CHF')
    assert.isNull(row.paid_at)
    assert.isNull(row.deleted_at)
    assert.isNull(row.notified_at)
    assert.equal(row.file_size, (file.content as Buffer).length)
    assert.match(
      row.file_key,
      new RegExp(`^invoices/${owner.user.organizationId}/[0-9a-f-]{36}\\.pdf$`)
    )
    assert.deepEqual(Buffer.from(await drive.use().getBytes(row.file_key)), file.content)

    const audit = await db
      .from('audit_events')
      .where('event', 'invoices.uploaded')
      .whereRaw(`meta->>'invoiceId' = ?`, [String(row.id)])
      .firstOrFail()
    assert.equal(audit.actor_user_id, staff.id)
    assert.equal(audit.organization_id, owner.user.organizationId)
    assert.equal(audit.meta.number, number)

    const list = await owner.http.visit('/invoices')
    assert.deepEqual(
      list.props.invoices.map((invoice: { number: string }) => invoice.number),
      [number]
    )
    const download = await owner.http.request('GET', `/invoices/${row.id}/download`, {
      inertia: false,
    })
    assert.equal(download.status, 200)
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), file.content)

    assert.deepEqual((await other.http.visit('/invoices')).props.invoices, [])
    assert.equal(
      (await other.http.request('GET', `/invoices/${row.id}/download`, { inertia: false })).status,
      404
    )
  })

  test('"schon bezahlt" stores the invoice as paid', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Bezahlt GmbH') })
    const number = unique('RE-PAID')
    await http.visit('/admin/invoices/new')
    const page = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number, paid: true }),
      { pdf: pdfFile('a.pdf') }
    )
    assert.deepInclude(page.props.invoice, { status: 'paid', paid: true })
    assert.isNotNull((await db.from('invoices').where('number', number).firstOrFail()).paid_at)
  })

  test('a text file named .pdf is refused by its content, whatever type the browser claims', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Falsch GmbH') })
    const before = await storedFiles(organization.id)
    await http.visit('/admin/invoices/new')

    const fake = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number: unique('FAKE') }),
      {
        pdf: { name: 'rechnung.pdf', content: 'Das ist nur Text.', type: 'application/pdf' },
      }
    )
    assert.equal(fake.component, 'invoices/admin/create')
    assert.equal(
      fake.props.errors.pdf,
      'rechnung.pdf ist keine echte PDF-Datei (der Inhalt ist kein PDF).'
    )

    const empty = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number: unique('EMPTY') }),
      {
        pdf: { name: 'leer.pdf', content: '', type: 'application/pdf' },
      }
    )
    assert.equal(
      empty.props.errors.pdf,
      'Die Datei ist leer: leer.pdf. Bitte wähle die PDF-Datei der Rechnung aus.'
    )

    // Longer than the 4100 bytes the type detection looks at, with a PDF-like start a bit further in.
    const padded = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number: unique('PAD') }),
      {
        pdf: {
          name: 'scan.pdf',
          content: ` %PDF-1.4 ${'x'.repeat(5000)}`,
          type: 'application/pdf',
        },
      }
    )
    assert.equal(
      padded.props.errors.pdf,
      'scan.pdf ist keine echte PDF-Datei (der Inhalt ist kein PDF).'
    )

    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 0)
    assert.deepEqual(await storedFiles(organization.id), before)
  })

  test('a PDF over 20 MB is refused with the limit in the message', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Gross GmbH') })
    await http.visit('/admin/invoices/new')
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)
    big.write('%PDF-1.4\n', 0, 'latin1')
    const page = await submitForm(http, '/admin/invoices', invoiceFields(organization.id), {
      pdf: { name: 'riesig.pdf', content: big, type: 'application/pdf' },
    })
    assert.equal(page.props.errors.pdf, 'Die Datei riesig.pdf ist zu groß: höchstens 20 MB.')
    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 0)
  })

  test('missing fields come back under each field, in German', async ({ assert }) => {
    const { http } = await staffClient()
    await http.visit('/admin/invoices/new')
    const page = await submitForm(http, '/admin/invoices', {
      organizationId: '',
      number: '',
      issuedOn: '',
      dueOn: '',
      amount: '',
      currency: '',
    })
    assert.equal(page.component, 'invoices/admin/create')
    assert.deepInclude(page.props.errors, {
      pdf: 'Bitte wähle die PDF-Datei der Rechnung aus.',
      organizationId: 'Bitte wähle die Organisation aus.',
      number: 'Bitte gib die Rechnungsnummer ein.',
      issuedOn: 'Bitte gib das Rechnungsdatum ein.',
      dueOn: 'Bitte gib das Fälligkeitsdatum ein.',
      amount: 'Bitte gib den Betrag ein.',
      currency: 'Bitte wähle eine der angebotenen Währungen.',
    })
  })

  test('unknown organization, odd numbers, bad dates and currencies are field errors, never a 500', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    await http.visit('/admin/invoices/new')
    const page = await submitForm(
      http,
      '/admin/invoices',
      {
        organizationId: '999999999',
        number: '../../etc',
        issuedOn: '2026-02-30',
        dueOn: 'morgen',
        amount: '12',
        currency: 'XYZ',
      },
      { pdf: pdfFile('a.pdf') }
    )
    assert.deepInclude(page.props.errors, {
      organizationId: 'Diese Organisation gibt es nicht (mehr).',
      number:
        'Die Rechnungsnummer beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, Leerzeichen und . _ / # -',
      issuedOn: 'Bitte gib ein gültiges Datum ein.',
      dueOn: 'Bitte gib ein gültiges Datum ein.',
      currency: 'Bitte wähle eine der angebotenen Währungen.',
    })
  })

  test('a number already used, by a live or a soft-deleted invoice, in any case, is an error on the field', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Doppelt GmbH') })
    const live = unique('RE-LIVE')
    const deleted = unique('RE-GONE')
    await makeInvoice(organization.id, { number: live })
    await makeInvoice(organization.id, { number: deleted, deleted: true })
    await http.visit('/admin/invoices/new')

    const taken = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number: live.toLowerCase() }),
      { pdf: pdfFile('a.pdf') }
    )
    assert.equal(
      taken.props.errors.number,
      `Die Rechnungsnummer ${live.toLowerCase()} ist schon vergeben.`
    )

    const takenByDeleted = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number: ` ${deleted} ` }),
      {
        pdf: pdfFile('a.pdf'),
      }
    )
    assert.equal(
      takenByDeleted.props.errors.number,
      `Die Rechnungsnummer ${deleted} gehört zu einer gelöschten Rechnung. Gelöschte Rechnungen behalten ihre Nummer – bitte wähle eine andere.`
    )
    assert.lengthOf(await db.from('invoices').where('organization_id', organization.id), 2)
  })

  test('the due date may not be before the invoice date (the same day is fine)', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Datum GmbH') })
    await http.visit('/admin/invoices/new')
    const before = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { issuedOn: '2026-03-10', dueOn: '2026-03-09' }),
      {
        pdf: pdfFile('a.pdf'),
      }
    )
    assert.equal(
      before.props.errors.dueOn,
      'Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.'
    )

    const sameDay = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { issuedOn: '2026-03-10', dueOn: '2026-03-10' }),
      {
        pdf: pdfFile('a.pdf'),
      }
    )
    assert.equal(sameDay.component, 'invoices/admin/show')
    assert.equal(sameDay.props.invoice.dueOn, '2026-03-10')
  })

  test('amounts in German and English notation are stored as cents', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Betrag GmbH') })
    await http.visit('/admin/invoices/new')
    for (const [typed, cents] of [
      ['1.234,56', 123456],
      ['1234.56', 123456],
      ['1234,5', 123450],
      ['99', 9900],
    ] as const) {
      const number = unique('AMT')
      const page = await submitForm(
        http,
        '/admin/invoices',
        invoiceFields(organization.id, { number, amount: typed }),
        { pdf: pdfFile('a.pdf') }
      )
      assert.equal(page.component, 'invoices/admin/show', typed)
      assert.equal(
        Number((await db.from('invoices').where('number', number).firstOrFail()).amount_cents),
        cents,
        typed
      )
      await http.visit('/admin/invoices/new')
    }
    for (const [typed, message] of [
      ['12,3,4', 'Bitte gib den Betrag wie 1.234,56 oder 1234.56 ein.'],
      ['1.234,567', 'Bitte gib den Betrag wie 1.234,56 oder 1234.56 ein.'],
      ['zehn', 'Bitte gib den Betrag wie 1.234,56 oder 1234.56 ein.'],
      ['0,00', 'Der Betrag muss größer als 0 sein. Gutschriften werden hier nicht hochgeladen.'],
      ['-50', 'Der Betrag muss größer als 0 sein. Gutschriften werden hier nicht hochgeladen.'],
      ['1000000000', 'Der Betrag ist zu groß (höchstens 999.999.999,99).'],
    ]) {
      const page = await submitForm(
        http,
        '/admin/invoices',
        invoiceFields(organization.id, { amount: typed }),
        { pdf: pdfFile('a.pdf') }
      )
      assert.equal(page.props.errors.amount, message, typed)
    }
  })

  test('the amount parser: both notations, thousands groups, and what it refuses', ({ assert }) => {
    const cents = (text: string) => parseAmount(text)
    assert.deepEqual(cents('1.234,56'), { cents: 123456 })
    assert.deepEqual(cents('1,234.56'), { cents: 123456 })
    assert.deepEqual(cents('1234,56'), { cents: 123456 })
    assert.deepEqual(cents('1234.5'), { cents: 123450 })
    assert.deepEqual(cents(' 1 234,56 '), { cents: 123456 })
    assert.deepEqual(cents('1\u00a0234,56'), { cents: 123456 })
    assert.deepEqual(cents('1.234'), { cents: 123400 })
    assert.deepEqual(cents('1.234.567,89'), { cents: 123456789 })
    assert.deepEqual(cents('0,01'), { cents: 1 })
    assert.deepEqual(cents('999999999,99'), { cents: 99999999999 })
    for (const text of [
      '',
      ',5',
      '1,',
      '1.2.3',
      '12,34,56',
      '1.234.56',
      '1,234,5',
      '1,2345',
      'EUR 5',
      '5€',
      '1e5',
      '1.234,5.6',
    ]) {
      assert.deepEqual(cents(text), { error: 'format' }, text)
    }
    assert.deepEqual(cents('0'), { error: 'not_positive' })
    assert.deepEqual(cents('-1,00'), { error: 'not_positive' })
    assert.deepEqual(cents('1.000.000.000'), { error: 'too_large' })
  })
})

test.group('Admin invoices | notification mail', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test("goes to the organization's customers who may see invoices: not disabled, not hidden, no other organization", async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const name = unique('Post GmbH')
    const active = await customerClient(name)
    const invited = (await customerClient(name)).user
    invited.status = 'invited'
    await invited.save()
    const disabled = (await customerClient(name)).user
    disabled.status = 'disabled'
    await disabled.save()
    const hidden = (await customerClient(name)).user
    hidden.pluginSettings = { ...hidden.pluginSettings, invoices: { visible: false } }
    await hidden.save()
    const stranger = (await customerClient(unique('Fremd GmbH'))).user
    const organizationId = active.user.organizationId!

    const mails = mail.fake()
    const number = unique('RE-MAIL')
    await http.visit('/admin/invoices/new')
    const page = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organizationId, {
        number,
        amount: '1.234,5',
        issuedOn: '2026-04-01',
        dueOn: '2026-04-15',
        notify: true,
      }),
      { pdf: pdfFile('mail.pdf') }
    )
    assert.equal(
      page.props.flash.success,
      `Rechnung ${number} ist hochgeladen. 2 Personen wurden benachrichtigt.`
    )

    const queued = mails.mails.queued() as InvoiceAvailableMail[]
    assert.sameMembers(
      queued.map((m) => m.recipient),
      [active.user.email, invited.email]
    )
    for (const excluded of [disabled, hidden, stranger])
      assert.notInclude(
        queued.map((m) => m.recipient),
        excluded.email
      )

    const [first] = queued
    await first.buildWithContents()
    const { message } = first.message.toJSON()
    assert.equal(message.subject, `Neue Rechnung ${number} verfügbar – Testportal`)
    assert.include(message.html, 'Neue Rechnung verfügbar')
    assert.include(message.html, number)
    assert.include(message.html, '1.234,50\u00a0€')
    assert.include(message.html, '15.04.2026')
    assert.include(message.text, `${portalConfig.url}/invoices\n`)
    assert.include(message.html, `href="${portalConfig.url}/invoices"`)
    assert.include(message.html, 'Rechnung ansehen')
    assert.isUndefined(message.attachments)

    const row = await db.from('invoices').where('number', number).firstOrFail()
    assert.isNotNull(row.notified_at)
    assert.isNotNull((await http.visit(`/admin/invoices/${row.id}`)).props.invoice.notifiedAt)
  })

  test('nobody is mailed when the box is unticked', async ({ assert }) => {
    const { http } = await staffClient()
    const customer = await customerClient(unique('Still GmbH'))
    const mails = mail.fake()
    const number = unique('RE-QUIET')
    await http.visit('/admin/invoices/new')
    await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(customer.user.organizationId!, { number, notify: false }),
      { pdf: pdfFile('a.pdf') }
    )
    assert.lengthOf(mails.mails.queued(), 0)
    assert.lengthOf(mails.mails.sent(), 0)
    assert.isNull((await db.from('invoices').where('number', number).firstOrFail()).notified_at)
  })
})
