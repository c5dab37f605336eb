import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { customerClient, assertOtherOrganizationGets404 } from '#tests/helpers/plugin_testing'
import {
  hideInvoicesFor,
  makeInvoice,
  readZip,
  today,
} from '#plugins/invoices/tests/helpers/invoices'

test.group('Invoices | other organizations', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("never see, download or zip another organization's invoices", async ({ assert }) => {
    const owner = await customerClient('Eigentümer GmbH')
    const { invoice } = await makeInvoice(owner.user.organizationId!, {
      number: 'FREMD-1',
      issuedOn: today().minus({ days: 30 }),
      dueOn: today().minus({ days: 2 }),
    })
    assert.equal(
      (await owner.http.request('GET', `/invoices/${invoice.id}/download`, { inertia: false }))
        .status,
      200
    )

    const other = await customerClient('Andere AG')
    await makeInvoice(other.user.organizationId!, { number: 'EIGEN-1' })

    const list = await other.http.visit('/invoices')
    assert.deepEqual(
      list.props.invoices.map((row: { number: string }) => row.number),
      ['EIGEN-1']
    )
    assert.deepEqual(list.props.openTotals, [
      { currency: 'EUR', count: 1, amount: '100,00\u00a0€' },
    ])
    assert.isNull(
      list.props.nav.find((entry: { href: string }) => entry.href === '/invoices').badge
    )
    assert.deepEqual((await other.http.visit(`/invoices?status=overdue`)).props.invoices, [])

    await assertOtherOrganizationGets404(assert, other.http, `/invoices/${invoice.id}/download`)
    const raw = await other.http.request('GET', `/invoices/${invoice.id}/download`, {
      inertia: false,
    })
    assert.equal(raw.status, 404)
    assert.notEqual(raw.headers.get('content-type'), 'application/pdf')

    const zip = await other.http.request('GET', '/invoices/download.zip', { inertia: false })
    assert.deepEqual([...readZip(Buffer.from(await zip.arrayBuffer())).keys()], ['EIGEN-1.pdf'])
  })
})

test.group('Invoices | hidden for a user (setting visible = false)', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('list, download and ZIP are 404; no widget; no nav entry', async ({ assert }) => {
    const { http, user } = await customerClient('Versteckt GmbH')
    const { invoice } = await makeInvoice(user.organizationId!, {
      dueOn: today().minus({ days: 1 }),
      issuedOn: today().minus({ days: 10 }),
    })
    const before = await http.visit('/dashboard')
    assert.isTrue(before.props.widgets.some((w: { key: string }) => w.key === 'invoices.summary'))
    assert.equal(
      before.props.nav.find((entry: { href: string }) => entry.href === '/invoices').badge,
      1
    )

    await hideInvoicesFor(user)

    for (const path of [
      '/invoices',
      '/invoices?year=2026',
      `/invoices/${invoice.id}/download`,
      '/invoices/download.zip',
    ]) {
      assert.equal((await http.request('GET', path)).status, 404, path)
      assert.equal((await http.request('GET', path, { inertia: false })).status, 404, path)
    }
    const dashboard = await http.visit('/dashboard')
    assert.isFalse(
      dashboard.props.widgets.some((w: { key: string }) => w.key === 'invoices.summary')
    )
    assert.isUndefined(
      dashboard.props.nav.find((item: { href: string }) => item.href === '/invoices')
    )
  })

  test('a colleague in the same organization still sees them', async ({ assert }) => {
    const hidden = await customerClient('Versteckt GmbH')
    const colleague = await customerClient('Versteckt GmbH')
    await makeInvoice(hidden.user.organizationId!, { number: 'KOLLEGE-1' })
    await hideInvoicesFor(hidden.user)
    assert.equal((await hidden.http.request('GET', '/invoices')).status, 404)
    const page = await colleague.http.visit('/invoices')
    assert.deepEqual(
      page.props.invoices.map((row: { number: string }) => row.number),
      ['KOLLEGE-1']
    )
  })
})

test.group('Invoices | 404 looks the same either way', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test("hidden invoices and another organization's invoice both render the not-found page", async ({
    assert,
  }) => {
    const owner = await customerClient('Eigentümer GmbH')
    const { invoice } = await makeInvoice(owner.user.organizationId!)
    const other = await customerClient('Andere AG')
    const foreign = await other.http.request('GET', `/invoices/${invoice.id}/download`)
    await hideInvoicesFor(other.user)
    const hidden = await other.http.request('GET', '/invoices')
    assert.equal(foreign.status, 404)
    assert.equal(hidden.status, 404)
    assert.equal(((await foreign.json()) as { component: string }).component, 'errors/not_found')
    assert.equal(((await hidden.json()) as { component: string }).component, 'errors/not_found')
  })
})
