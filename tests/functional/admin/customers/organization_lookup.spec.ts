import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Organization from '#models/organization'
import { customerClient } from '#tests/helpers/plugin_testing'
import { paginateCapped } from '#plugin_kit/pagination'
import { makeOrganization, staffClient } from './helpers.js'

async function lookup(http: Awaited<ReturnType<typeof staffClient>>['http'], typed: string) {
  const response = await http.request(
    'GET',
    `/admin/organizations/lookup?q=${encodeURIComponent(typed)}`,
    {
      inertia: false,
      headers: { Accept: 'application/json' },
    }
  )
  const body =
    response.status === 200
      ? ((await response.json()) as {
          organizations: Array<{ id: number; name: string; customerNumber: string | null }>
        })
      : null
  return { status: response.status, body: body! }
}

test.group('Admin | organization picker suggestions', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('suggests organizations by part of the name or the customer number, 20 at most, by name', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const marker = `Picker${Date.now()}`
    const numbered = await Organization.create({
      name: `${marker} Zeta AG`,
      customerNumber: `KN-${marker}`,
      allowedDomains: [],
    })
    await Organization.create({ name: `${marker} Alpha GmbH`, allowedDomains: [] })
    for (let i = 0; i < 25; i++)
      await Organization.create({
        name: `${marker} Masse ${String(i).padStart(2, '0')}`,
        allowedDomains: [],
      })

    const byName = await lookup(http, `${marker} alpha`)
    assert.equal(byName.status, 200)
    assert.deepEqual(
      byName.body.organizations.map((o) => o.name),
      [`${marker} Alpha GmbH`]
    )
    const byNumber = await lookup(http, `kn-${marker}`)
    assert.deepEqual(byNumber.body.organizations, [
      { id: numbered.id, name: numbered.name, customerNumber: `KN-${marker}` },
    ])
    const many = await lookup(http, marker)
    assert.lengthOf(many.body.organizations, 20)
    assert.equal(many.body.organizations[0].name, `${marker} Alpha GmbH`)
    const literal = await lookup(http, '%')
    assert.deepEqual(literal.body.organizations, [], '% is searched literally')
  })

  test('is for staff only: customers get a 404, visitors the login', async ({ assert }) => {
    await makeOrganization()
    const { http: customer } = await customerClient('Neugierig GmbH')
    assert.equal((await lookup(customer, 'Firma')).status, 404)
    const visitor = await customerClient('Abgemeldet GmbH')
    visitor.http.cookies.clear()
    const anonymous = await visitor.http.request('GET', '/admin/organizations/lookup?q=Firma', {
      inertia: false,
    })
    assert.equal(anonymous.status, 302)
    assert.match(anonymous.headers.get('location') ?? '', /^\/login(\?|$)/)
  })
})

test.group('Pagination with a capped count', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('counts up to the cap, then says "more" and pages by whether a next row exists', async ({
    assert,
  }) => {
    const marker = `Seiten${Date.now()}`
    for (let i = 0; i < 7; i++)
      await Organization.create({ name: `${marker} ${i}`, allowedDomains: [] })
    const query = () => Organization.query().whereILike('name', `${marker}%`).orderBy('name')

    const exact = await paginateCapped(query(), 1, 3, 10)
    assert.deepEqual(exact.meta, {
      currentPage: 1,
      perPage: 3,
      total: 7,
      totalIsExact: true,
      lastPage: 3,
      hasNext: true,
    })
    const capped = await paginateCapped(query(), 2, 3, 5)
    assert.deepEqual(capped.meta, {
      currentPage: 2,
      perPage: 3,
      total: 5,
      totalIsExact: false,
      lastPage: null,
      hasNext: true,
    })
    assert.deepEqual(
      capped.rows.map((row) => row.name),
      [`${marker} 3`, `${marker} 4`, `${marker} 5`]
    )
    const last = await paginateCapped(query(), 3, 3, 5)
    assert.deepEqual(last.meta, {
      currentPage: 3,
      perPage: 3,
      total: 5,
      totalIsExact: false,
      lastPage: null,
      hasNext: false,
    })
    const uncounted = await paginateCapped(query(), 1, 3, 0)
    assert.deepEqual(uncounted.meta, {
      currentPage: 1,
      perPage: 3,
      total: 3,
      totalIsExact: false,
      lastPage: null,
      hasNext: true,
    })
    const uncountedEnd = await paginateCapped(query(), 3, 3, 0)
    assert.deepEqual(uncountedEnd.meta, {
      currentPage: 3,
      perPage: 3,
      total: 7,
      totalIsExact: true,
      lastPage: 3,
      hasNext: false,
    })
    const uncountedBeyond = await paginateCapped(query(), 9, 3, 0)
    assert.deepEqual(uncountedBeyond.meta, {
      currentPage: 9,
      perPage: 3,
      total: 7,
      totalIsExact: true,
      lastPage: 3,
      hasNext: false,
    })
    const beyond = await paginateCapped(query(), 9, 3, 10)
    assert.deepEqual(beyond.meta, {
      currentPage: 9,
      perPage: 3,
      total: 7,
      totalIsExact: true,
      lastPage: 3,
      hasNext: false,
    })

    // Plain rows (the busiest lists): the same pages and counts, and rows stay plain objects
    // with only the selected columns (Lucid's clone() would otherwise turn them into models).
    const plain = await paginateCapped(
      query().select('organizations.name').pojo<{ name: string }>(),
      2,
      3,
      5
    )
    assert.deepEqual(plain.meta, capped.meta)
    assert.deepEqual(plain.rows, [
      { name: `${marker} 3` },
      { name: `${marker} 4` },
      { name: `${marker} 5` },
    ])
    assert.notInstanceOf(plain.rows[0], Organization)
  })
})
