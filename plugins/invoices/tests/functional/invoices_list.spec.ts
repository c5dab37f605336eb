import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerClient } from '#tests/helpers/plugin_testing'
import type { InertiaPage } from '#tests/helpers/http_client'
import { makeInvoice, today } from '#plugins/invoices/tests/helpers/invoices'

type Row = {
  number: string
  amount: string
  status: string
  statusLabel: string
  issuedOnLabel: string
  dueOnLabel: string
}
const numbers = (rows: Row[]) => rows.map((row) => row.number)
const invoicesNav = (page: InertiaPage) =>
  page.props.nav.find((entry: { href: string; badge: number | null }) => entry.href === '/invoices')

test.group('Invoices list | content', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('shows number, dates, amount in de-DE, derived status and the open total per currency', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Rechnung GmbH')
    const org = user.organizationId!
    await makeInvoice(org, {
      number: 'RE-1',
      issuedOn: '2026-01-15',
      dueOn: '2026-01-29',
      amountCents: 123450,
      paid: true,
    })
    await makeInvoice(org, {
      number: 'RE-2',
      issuedOn: today().minus({ days: 30 }),
      dueOn: today().minus({ days: 1 }),
      amountCents: 10000,
    })
    await makeInvoice(org, {
      number: 'RE-3',
      issuedOn: today().minus({ days: 2 }),
      dueOn: today(),
      amountCents: 123450,
    })
    await makeInvoice(org, {
      number: 'RE-4',
      issuedOn: today().minus({ days: 1 }),
      amountCents: 50000,
      currency: 'CHF',
    })
    await makeInvoice(org, {
      number: 'RE-5',
      issuedOn: today().minus({ days: 3 }),
      amountCents: 99,
      currency: 'USD',
      paid: true,
    })

    const page = await http.visit('/invoices')
    assert.equal(page.component, 'invoices/index')
    assert.deepEqual(numbers(page.props.invoices), ['RE-4', 'RE-3', 'RE-5', 'RE-2', 'RE-1'])

    const byNumber = Object.fromEntries(page.props.invoices.map((row: Row) => [row.number, row]))
    assert.equal(byNumber['RE-1'].amount, '1.234,50\u00a0€')
    assert.equal(byNumber['RE-1'].issuedOnLabel, '15.01.2026')
    assert.equal(byNumber['RE-1'].dueOnLabel, '29.01.2026')
    assert.equal(byNumber['RE-4'].amount, '500,00\u00a0CHF')
    assert.equal(byNumber['RE-5'].amount, '0,99\u00a0$')
    assert.deepInclude(byNumber['RE-1'], { status: 'paid', statusLabel: 'Bezahlt' })
    assert.deepInclude(byNumber['RE-2'], { status: 'overdue', statusLabel: 'Überfällig' })
    // Due today is not overdue yet.
    assert.deepInclude(byNumber['RE-3'], { status: 'open', statusLabel: 'Offen' })

    assert.deepEqual(page.props.openTotals, [
      { currency: 'CHF', count: 1, amount: '500,00\u00a0CHF' },
      { currency: 'EUR', count: 2, amount: '1.334,50\u00a0€' },
    ])
    assert.isTrue(page.props.hasInvoices)
    assert.include(page.props.years, 2026)
    assert.equal(invoicesNav(page)?.badge, 1)
    // The drive key never reaches the browser.
    assert.notProperty(page.props.invoices[0], 'fileKey')
  })

  test('formats for the English locale too', async ({ assert }) => {
    const { http, user } = await customerClient('Rechnung GmbH')
    await makeInvoice(user.organizationId!, {
      number: 'EN-1',
      dueOn: today().minus({ days: 3 }),
      amountCents: 123450,
    })
    const response = await http.request('GET', '/invoices', {
      headers: { 'Accept-Language': 'en' },
    })
    const page = (await response.json()) as InertiaPage
    assert.deepInclude(page.props.invoices[0], { amount: '€1,234.50', statusLabel: 'Overdue' })
  })

  test('an organization without invoices gets the empty state and no badge', async ({ assert }) => {
    const { http } = await customerClient('Neu GmbH')
    const page = await http.visit('/invoices')
    assert.deepEqual(page.props.invoices, [])
    assert.isFalse(page.props.hasInvoices)
    assert.deepEqual(page.props.openTotals, [])
    assert.isNull(invoicesNav(page)?.badge)
  })

  test('soft-deleted invoices are nowhere: list, totals, badge, years', async ({ assert }) => {
    const { http, user } = await customerClient('Rechnung GmbH')
    await makeInvoice(user.organizationId!, {
      number: 'DEL-1',
      issuedOn: '2019-05-01',
      dueOn: '2019-05-15',
      deleted: true,
    })
    const page = await http.visit('/invoices')
    assert.deepEqual(page.props.invoices, [])
    assert.isFalse(page.props.hasInvoices)
    assert.deepEqual(page.props.openTotals, [])
    assert.notInclude(page.props.years, 2019)
    assert.isNull(invoicesNav(page)?.badge)
  })
})

test.group('Invoices list | filters', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('by year and by status, from the query string', async ({ assert }) => {
    const { http, user } = await customerClient('Filter GmbH')
    const org = user.organizationId!
    await makeInvoice(org, {
      number: 'Y25-PAID',
      issuedOn: '2025-03-01',
      dueOn: '2025-03-15',
      paid: true,
    })
    await makeInvoice(org, { number: 'Y25-OVERDUE', issuedOn: '2025-12-31', dueOn: '2026-01-14' })
    await makeInvoice(org, {
      number: 'NOW-OPEN',
      issuedOn: today(),
      dueOn: today().plus({ days: 10 }),
    })
    await makeInvoice(org, { number: 'NOW-PAID', issuedOn: today(), paid: true })

    const year2025 = await http.visit('/invoices?year=2025')
    assert.sameMembers(numbers(year2025.props.invoices), ['Y25-PAID', 'Y25-OVERDUE'])
    assert.deepEqual(year2025.props.filters, { year: 2025, status: null })
    assert.equal(year2025.props.zipUrl, '/invoices/download.zip?year=2025')

    assert.sameMembers(numbers((await http.visit('/invoices?status=paid')).props.invoices), [
      'Y25-PAID',
      'NOW-PAID',
    ])
    assert.deepEqual(numbers((await http.visit('/invoices?status=overdue')).props.invoices), [
      'Y25-OVERDUE',
    ])
    assert.deepEqual(numbers((await http.visit('/invoices?status=open')).props.invoices), [
      'NOW-OPEN',
    ])
    assert.deepEqual(
      numbers((await http.visit('/invoices?year=2025&status=paid')).props.invoices),
      ['Y25-PAID']
    )
    assert.deepEqual((await http.visit('/invoices?year=1999')).props.invoices, [])

    // Unknown values are no filter, not an error.
    const lenient = await http.visit('/invoices?year=abc&status=deleted')
    assert.lengthOf(lenient.props.invoices, 4)
    assert.deepEqual(lenient.props.filters, { year: null, status: null })
    assert.equal(lenient.props.zipUrl, '/invoices/download.zip')

    // The open total is what the organization owes, whatever the filter shows.
    const filtered = await http.visit('/invoices?status=paid')
    assert.deepEqual(filtered.props.openTotals, [
      { currency: 'EUR', count: 2, amount: '200,00\u00a0€' },
    ])
    assert.deepEqual(filtered.props.years, [today().year, 2025])
  })
})

test.group('Invoices | dashboard widget', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('shows the unpaid invoices, their total and how many are overdue', async ({ assert }) => {
    const { http, user } = await customerClient('Widget GmbH')
    const org = user.organizationId!
    await makeInvoice(org, { amountCents: 123450 })
    await makeInvoice(org, {
      amountCents: 1000,
      dueOn: today().minus({ days: 5 }),
      issuedOn: today().minus({ days: 20 }),
    })
    await makeInvoice(org, { amountCents: 7000, paid: true })
    await makeInvoice(org, { amountCents: 5000, deleted: true })

    const dashboard = await http.visit('/dashboard')
    const widget = dashboard.props.widgets.find(
      (w: { key: string }) => w.key === 'invoices.summary'
    )
    assert.deepEqual(widget.props, {
      count: 2,
      overdue: 1,
      overdueLabel: '1 Rechnung überfällig',
      totals: [{ currency: 'EUR', count: 2, amount: '1.244,50\u00a0€' }],
    })
    // The navigation's badge counts the same and says so in the same words.
    assert.equal(invoicesNav(dashboard)?.badge, 1)
    assert.equal(invoicesNav(dashboard)?.badgeLabel, widget.props.overdueLabel)
  })
})
