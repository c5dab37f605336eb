import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import Organization from '#models/organization'
import HttpClient, { type InertiaPage } from '#tests/helpers/http_client'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { makeInvoice, readZip, today } from '#plugins/invoices/tests/helpers/invoices'
import { postForm, submitForm } from '#tests/helpers/forms'
import { invoiceFields, pdfFile } from '#plugins/invoices/tests/helpers/admin'

const unique = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
type Row = {
  id: number
  number: string
  status: string
  paid: boolean
  deleted: boolean
  organization: { id: number; name: string }
}
const numbers = (rows: Row[]) => rows.map((row) => row.number)
const invoicesNav = (page: InertiaPage) =>
  (page.props.nav as { href: string; badge: number | null }[]).find(
    (entry) => entry.href === '/admin/invoices'
  )

test.group('Admin invoices | list', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("all organizations' invoices with their status; filters by organization, status and number", async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const a = await Organization.create({ name: unique('Liste A GmbH') })
    const b = await Organization.create({ name: unique('Liste B GmbH') })
    const tag = unique('L')
    await makeInvoice(a.id, {
      number: `${tag}-OPEN`,
      issuedOn: today(),
      dueOn: today().plus({ days: 10 }),
    })
    await makeInvoice(a.id, {
      number: `${tag}-LATE`,
      issuedOn: today().minus({ days: 30 }),
      dueOn: today().minus({ days: 1 }),
    })
    await makeInvoice(b.id, {
      number: `${tag}-PAID`,
      issuedOn: today().minus({ days: 3 }),
      paid: true,
    })
    await makeInvoice(b.id, { number: `${tag}-GONE`, deleted: true })

    const all = await http.visit(`/admin/invoices?q=${tag}`)
    assert.equal(all.component, 'invoices/admin/index')
    assert.deepEqual(numbers(all.props.invoices), [`${tag}-OPEN`, `${tag}-PAID`, `${tag}-LATE`])
    const byNumber = Object.fromEntries(all.props.invoices.map((row: Row) => [row.number, row]))
    assert.deepInclude(byNumber[`${tag}-LATE`], {
      status: 'overdue',
      paid: false,
      deleted: false,
      organization: { id: a.id, name: a.name },
    })
    assert.deepInclude(byNumber[`${tag}-PAID`], { status: 'paid', paid: true })
    assert.notProperty(byNumber[`${tag}-OPEN`], 'fileKey')
    assert.equal(all.props.pagination.total, 3)

    const ofB = await http.visit(`/admin/invoices?q=${tag}&organization=${b.id}`)
    assert.deepEqual(numbers(ofB.props.invoices), [`${tag}-PAID`])
    assert.deepEqual(
      ofB.props.organization,
      { id: b.id, name: b.name },
      'the picker shows the chosen organization'
    )
    assert.isNull(all.props.organization)
    assert.notProperty(all.props, 'organizations', 'never a list of every organization')
    const gone = await http.visit(`/admin/invoices?q=${tag}&organization=2000000000`)
    assert.isNull(
      gone.props.filters.organization,
      'an organization that does not exist is no filter'
    )
    assert.lengthOf(gone.props.invoices, 3)
    assert.deepEqual(
      numbers((await http.visit(`/admin/invoices?q=${tag}&status=overdue`)).props.invoices),
      [`${tag}-LATE`]
    )
    assert.deepEqual(
      numbers((await http.visit(`/admin/invoices?q=${tag}&status=open`)).props.invoices),
      [`${tag}-OPEN`]
    )
    assert.deepEqual(
      numbers((await http.visit(`/admin/invoices?q=${tag}&status=paid`)).props.invoices),
      [`${tag}-PAID`]
    )
    const deleted = await http.visit(`/admin/invoices?q=${tag}&status=deleted`)
    assert.deepEqual(numbers(deleted.props.invoices), [`${tag}-GONE`])
    assert.isTrue(deleted.props.invoices[0].deleted)
    // Search is a literal substring, case-insensitive.
    assert.deepEqual(
      numbers((await http.visit(`/admin/invoices?q=${tag.toLowerCase()}-pa`)).props.invoices),
      [`${tag}-PAID`]
    )
    assert.deepEqual((await http.visit(`/admin/invoices?q=${tag}%25`)).props.invoices, [])
  })

  test('bad filter values are ignored, never a 500', async ({ assert }) => {
    const { http } = await staffClient()
    for (const query of [
      'organization=abc',
      'status=bogus',
      'page=-3',
      'page=1e99',
      'organization=99999999999999999999',
      `q=${'x'.repeat(500)}`,
    ]) {
      const response = await http.request('GET', `/admin/invoices?${query}`)
      assert.equal(response.status, 200, query)
    }
    const page = await http.visit('/admin/invoices?status=bogus&organization=abc&page=0')
    assert.deepEqual(page.props.filters, { organization: null, status: null, q: '', page: 1 })
  })

  test('25 per page', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Viele GmbH') })
    const tag = unique('P')
    for (let i = 0; i < 26; i++)
      await makeInvoice(organization.id, { number: `${tag}-${String(i).padStart(2, '0')}` })
    const first = await http.visit(`/admin/invoices?q=${tag}`)
    assert.lengthOf(first.props.invoices, 25)
    assert.deepEqual(first.props.pagination, { page: 1, lastPage: 2, total: 26 })
    const second = await http.visit(`/admin/invoices?q=${tag}&page=2`)
    assert.lengthOf(second.props.invoices, 1)
    assert.deepEqual((await http.visit(`/admin/invoices?q=${tag}&page=9`)).props.invoices, [])
  })

  test('the admin navigation has the section, with the overdue invoices as its badge', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const before = invoicesNav(await http.visit('/admin'))
    assert.equal(before?.href, '/admin/invoices')
    const organization = await Organization.create({ name: unique('Badge GmbH') })
    await makeInvoice(organization.id, {
      issuedOn: today().minus({ days: 20 }),
      dueOn: today().minus({ days: 2 }),
    })
    await makeInvoice(organization.id, {
      issuedOn: today().minus({ days: 20 }),
      dueOn: today().minus({ days: 2 }),
      paid: true,
    })
    await makeInvoice(organization.id, {
      issuedOn: today().minus({ days: 20 }),
      dueOn: today().minus({ days: 2 }),
      deleted: true,
    })
    const page = await http.visit('/admin')
    assert.equal(invoicesNav(page)?.badge, (before?.badge ?? 0) + 1)
    assert.deepInclude(
      page.props.sections.map((section: { href: string }) => section.href),
      '/admin/invoices'
    )
  })
})

test.group('Admin invoices | detail, edit, paid', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('the detail page shows the invoice, its PDF and its history; unknown ids are 404', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Detail GmbH') })
    await http.visit('/admin/invoices/new')
    const number = unique('D')
    const file = pdfFile('detail.pdf')
    const page = await submitForm(
      http,
      '/admin/invoices',
      invoiceFields(organization.id, { number }),
      { pdf: file }
    )
    assert.equal(page.props.invoice.organization.name, organization.name)
    assert.deepEqual(
      page.props.history.map((event: { event: string }) => event.event),
      ['invoices.uploaded']
    )
    assert.equal(page.props.history[0].details.number, number)

    const pdf = await http.request('GET', `/admin/invoices/${page.props.invoice.id}/pdf`, {
      inertia: false,
    })
    assert.equal(pdf.status, 200)
    assert.equal(pdf.headers.get('content-type'), 'application/pdf')
    assert.deepEqual(Buffer.from(await pdf.arrayBuffer()), file.content)

    for (const id of ['999999999', 'abc', '-1', '1.5', '99999999999']) {
      assert.equal((await http.request('GET', `/admin/invoices/${id}`)).status, 404, id)
      assert.equal((await http.request('GET', `/admin/invoices/${id}/edit`)).status, 404, id)
    }
  })

  test('edit changes every field and replaces the PDF; the customer gets the new file, the old one is gone', async ({
    assert,
  }) => {
    const { http, user: staff } = await staffClient()
    const customer = await customerClient(unique('Änderung GmbH'))
    const other = await Organization.create({ name: unique('Andere GmbH') })
    const { invoice } = await makeInvoice(customer.user.organizationId!, {
      number: unique('E-OLD'),
    })
    const oldKey = invoice.fileKey

    const form = await http.visit(`/admin/invoices/${invoice.id}/edit`)
    assert.equal(form.component, 'invoices/admin/edit')
    assert.deepInclude(form.props.values, {
      number: invoice.number,
      amount: '100,00',
      currency: 'EUR',
      paid: false,
    })

    const renamed = unique('E-NEW')
    const replacement = pdfFile('neu.pdf', 'die neue Fassung')
    const page = await submitForm(
      http,
      `/admin/invoices/${invoice.id}`,
      {
        organizationId: customer.user.organizationId!,
        number: renamed,
        issuedOn: '2026-06-01',
        dueOn: '2026-06-30',
        amount: '2.500',
        currency: 'GBP',
      },
      { pdf: replacement }
    )
    assert.equal(page.component, 'invoices/admin/show')
    assert.equal(page.props.flash.success, `Rechnung ${renamed} ist gespeichert.`)
    assert.deepInclude(page.props.invoice, {
      number: renamed,
      issuedOn: '2026-06-01',
      dueOn: '2026-06-30',
      currency: 'GBP',
    })

    await invoice.refresh()
    assert.equal(invoice.amountCents, 250000)
    assert.notEqual(invoice.fileKey, oldKey)
    assert.isFalse(await drive.use().exists(oldKey))
    const download = await customer.http.request('GET', `/invoices/${invoice.id}/download`, {
      inertia: false,
    })
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), replacement.content)

    const audit = await db
      .from('audit_events')
      .where('event', 'invoices.updated')
      .whereRaw(`meta->>'invoiceId' = ?`, [String(invoice.id)])
      .firstOrFail()
    assert.equal(audit.actor_user_id, staff.id)
    assert.include(audit.meta, { number: renamed, to: renamed })
    assert.include(audit.meta.fields, 'pdf')

    // Moving it to another organization takes it away from this customer.
    await submitForm(http, `/admin/invoices/${invoice.id}`, {
      organizationId: other.id,
      number: renamed,
      issuedOn: '2026-06-01',
      dueOn: '2026-06-30',
      amount: '2500',
      currency: 'GBP',
    })
    assert.deepEqual((await customer.http.visit('/invoices')).props.invoices, [])
  })

  test("edit keeps its own number, refuses another invoice's, and reports field errors without changing anything", async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Edit GmbH') })
    const { invoice } = await makeInvoice(organization.id, { number: unique('MINE') })
    const { invoice: taken } = await makeInvoice(organization.id, { number: unique('THEIRS') })
    const fields = {
      organizationId: organization.id,
      issuedOn: '2026-01-10',
      dueOn: '2026-01-20',
      amount: '10',
      currency: 'EUR',
    }
    await http.visit(`/admin/invoices/${invoice.id}/edit`)

    const same = await submitForm(http, `/admin/invoices/${invoice.id}`, {
      ...fields,
      number: invoice.number,
    })
    assert.equal(same.component, 'invoices/admin/show')

    await http.visit(`/admin/invoices/${invoice.id}/edit`)
    const clash = await submitForm(
      http,
      `/admin/invoices/${invoice.id}`,
      { ...fields, number: taken.number, amount: 'viel' },
      {
        pdf: { name: 'kaputt.pdf', content: 'kein pdf' },
      }
    )
    assert.equal(clash.component, 'invoices/admin/edit')
    assert.equal(
      clash.props.errors.number,
      `Die Rechnungsnummer ${taken.number} ist schon vergeben.`
    )
    assert.equal(clash.props.errors.amount, 'Bitte gib den Betrag wie 1.234,56 oder 1234.56 ein.')
    assert.equal(
      clash.props.errors.pdf,
      'kaputt.pdf ist keine echte PDF-Datei (der Inhalt ist kein PDF).'
    )
    await invoice.refresh()
    assert.equal(invoice.amountCents, 1000)
  })

  test('paid / unpaid with one click: the customer sees the status, each change is recorded once', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const customer = await customerClient(unique('Zahlung GmbH'))
    const { invoice } = await makeInvoice(customer.user.organizationId!, { number: unique('PAY') })
    await http.visit('/admin/invoices')

    const paid = await submitForm(http, `/admin/invoices/${invoice.id}/paid`, {})
    assert.equal(paid.component, 'invoices/admin/index')
    assert.equal(paid.props.flash.success, `Rechnung ${invoice.number} ist als bezahlt markiert.`)
    assert.equal((await customer.http.visit('/invoices')).props.invoices[0].status, 'paid')
    await submitForm(http, `/admin/invoices/${invoice.id}/paid`, {})

    await http.visit(`/admin/invoices/${invoice.id}`)
    const open = await submitForm(http, `/admin/invoices/${invoice.id}/unpaid`, {})
    assert.equal(open.component, 'invoices/admin/show')
    assert.equal(open.props.invoice.status, 'open')
    assert.equal((await customer.http.visit('/invoices')).props.invoices[0].status, 'open')

    const events = await db
      .from('audit_events')
      .whereRaw(`meta->>'invoiceId' = ?`, [String(invoice.id)])
      .orderBy('id')
      .select('event')
    assert.deepEqual(
      events.map((e) => e.event),
      ['invoices.marked_paid', 'invoices.marked_unpaid']
    )
  })

  test('ticking "schon bezahlt" in the edit form is recorded as marked paid', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Haken GmbH') })
    const { invoice } = await makeInvoice(organization.id, { number: unique('TICK') })
    await http.visit(`/admin/invoices/${invoice.id}/edit`)
    await submitForm(http, `/admin/invoices/${invoice.id}`, {
      organizationId: organization.id,
      number: invoice.number,
      issuedOn: invoice.issuedOn.toISODate()!,
      dueOn: invoice.dueOn.toISODate()!,
      amount: '100,00',
      currency: 'EUR',
      paid: true,
    })
    const events = await db
      .from('audit_events')
      .whereRaw(`meta->>'invoiceId' = ?`, [String(invoice.id)])
      .select('event')
    assert.deepEqual(
      events.map((e) => e.event),
      ['invoices.marked_paid']
    )
    await invoice.refresh()
    assert.isNotNull(invoice.paidAt)
  })
})

test.group('Admin invoices | delete', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('without the confirmation nothing happens', async ({ assert }) => {
    const { http } = await staffClient()
    const organization = await Organization.create({ name: unique('Vorsicht GmbH') })
    const { invoice } = await makeInvoice(organization.id)
    await http.visit(`/admin/invoices/${invoice.id}`)
    const response = await http.request('DELETE', `/admin/invoices/${invoice.id}`, { body: {} })
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.component, 'invoices/admin/show')
    assert.equal(page.props.errors.confirmed, 'Bitte bestätige das Löschen.')
    await invoice.refresh()
    assert.isNull(invoice.deletedAt)
  })

  test('confirmed: a soft delete; customers lose it from list, download and ZIP; file, row and audit trail stay', async ({
    assert,
  }) => {
    const { http, user: staff } = await staffClient()
    const customer = await customerClient(unique('Löschen GmbH'))
    const { invoice } = await makeInvoice(customer.user.organizationId!, { number: unique('DEL') })
    const { invoice: kept } = await makeInvoice(customer.user.organizationId!, {
      number: unique('KEEP'),
    })
    await http.visit(`/admin/invoices/${invoice.id}`)

    const response = await http.request('DELETE', `/admin/invoices/${invoice.id}`, {
      body: { confirmed: true },
    })
    const list = await http.visit(response.headers.get('location')!)
    assert.equal(list.component, 'invoices/admin/index')
    assert.equal(
      list.props.flash.success,
      `Rechnung ${invoice.number} ist gelöscht. Kund:innen sehen sie nicht mehr.`
    )
    assert.notInclude(
      numbers(
        (await http.visit(`/admin/invoices?organization=${customer.user.organizationId}`)).props
          .invoices
      ),
      invoice.number
    )

    await invoice.refresh()
    assert.isNotNull(invoice.deletedAt)
    assert.isTrue(await drive.use().exists(invoice.fileKey))

    assert.deepEqual(numbers((await customer.http.visit('/invoices')).props.invoices), [
      kept.number,
    ])
    assert.equal(
      (await customer.http.request('GET', `/invoices/${invoice.id}/download`, { inertia: false }))
        .status,
      404
    )
    const zip = await customer.http.request('GET', '/invoices/download.zip', { inertia: false })
    assert.deepEqual(
      [...readZip(Buffer.from(await zip.arrayBuffer())).keys()],
      [`${kept.number}.pdf`]
    )

    const audit = await db
      .from('audit_events')
      .where('event', 'invoices.deleted')
      .whereRaw(`meta->>'invoiceId' = ?`, [String(invoice.id)])
      .firstOrFail()
    assert.equal(audit.meta.number, invoice.number)
    assert.equal(audit.actor_user_id, staff.id)
    assert.equal(audit.organization_id, customer.user.organizationId)

    // Staff still find it: the page (marked deleted, with its history) and the PDF; but no more changes.
    const detail = await http.visit(`/admin/invoices/${invoice.id}`)
    assert.isTrue(detail.props.invoice.deleted)
    assert.isString(detail.props.invoice.deletedAt)
    assert.deepEqual(
      detail.props.history.map((event: { event: string }) => event.event),
      ['invoices.deleted']
    )
    assert.equal(
      (await http.request('GET', `/admin/invoices/${invoice.id}/pdf`, { inertia: false })).status,
      200
    )
    assert.equal((await http.request('GET', `/admin/invoices/${invoice.id}/edit`)).status, 404)
    assert.equal((await http.request('POST', `/admin/invoices/${invoice.id}/paid`)).status, 404)
    assert.equal(
      (
        await http.request('DELETE', `/admin/invoices/${invoice.id}`, {
          body: { confirmed: true },
        })
      ).status,
      404
    )
  })
})

test.group('Admin invoices | who may', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('agents may manage invoices like admins', async ({ assert }) => {
    const { http } = await staffClient('agent')
    const organization = await Organization.create({ name: unique('Agent GmbH') })
    await http.visit('/admin/invoices/new')
    const page = await submitForm(http, '/admin/invoices', invoiceFields(organization.id), {
      pdf: pdfFile('agent.pdf'),
    })
    assert.equal(page.component, 'invoices/admin/show')
  })

  test('a customer uploading gets a 404 and nothing is stored; anonymous users are sent to the login', async ({
    assert,
  }) => {
    const customer = await customerClient(unique('Neugier GmbH'))
    const number = unique('NOPE')
    const response = await postForm(
      customer.http,
      '/admin/invoices',
      invoiceFields(customer.user.organizationId!, { number }),
      {
        pdf: pdfFile('nope.pdf'),
      }
    )
    assert.equal(response.status, 404)
    assert.isNull(await db.from('invoices').where('number', number).first())

    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const redirect = await postForm(
      anonymous,
      '/admin/invoices',
      invoiceFields(customer.user.organizationId!, { number }),
      {
        pdf: pdfFile('nope.pdf'),
      }
    )
    assert.oneOf(redirect.status, [302, 303])
    assert.match(redirect.headers.get('location') ?? '', /\/login$/)
    assert.isNull(await db.from('invoices').where('number', number).first())
  })
})
