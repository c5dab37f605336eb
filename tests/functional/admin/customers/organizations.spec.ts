import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import User from '#models/user'
import { makeCustomer } from '#tests/helpers/customers'
import { auditEvents, makeOrganization, send, staffClient, uniqueDomain } from './helpers.js'

test.group('Admin | organizations: list and search', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('lists organizations with active, invited and disabled customers counted', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const organization = await makeOrganization({ customerNumber: `K-${Date.now()}` })
    const active = await makeCustomer(organization.name)
    await makeCustomer(organization.name)
    const disabled = await makeCustomer(organization.name)
    await User.query().where('id', active.id).update({ status: 'active' })
    await User.query().where('id', disabled.id).update({ status: 'disabled' })

    const page = await http.visit(`/admin/organizations?q=${encodeURIComponent(organization.name)}`)
    assert.equal(page.component, 'admin/organizations/index')
    assert.deepEqual(page.props.organizations, [
      {
        id: organization.id,
        name: organization.name,
        customerNumber: organization.customerNumber,
        counts: { active: 1, invited: 1, disabled: 1 },
      },
    ])
    assert.equal(page.props.pagination.total, 1)
  })

  test('searches by name, customer number and a member address; % is taken literally', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const number = `KN-${Date.now()}`
    const organization = await makeOrganization({ customerNumber: number })
    const customer = await makeCustomer(organization.name)
    const ids = async (q: string) =>
      (await http.visit(`/admin/organizations?q=${encodeURIComponent(q)}`)).props.organizations.map(
        (o: { id: number }) => o.id
      )

    assert.deepEqual(await ids(organization.name.toUpperCase()), [organization.id])
    assert.deepEqual(await ids(number.toLowerCase()), [organization.id])
    assert.deepEqual(await ids(customer.email), [organization.id])
    assert.deepEqual(await ids('%'), [], 'a literal %, not "everything"')
    const empty = await http.visit('/admin/organizations?q=gibt-es-nicht-xyz&page=abc')
    assert.lengthOf(empty.props.organizations, 0)
    assert.equal(empty.props.search, 'gibt-es-nicht-xyz')
    assert.equal(empty.props.pagination.page, 1, 'a bad page number shows the first page')
  })
})

test.group('Admin | organizations: create and edit', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('an agent creates an organization with number and notes; it is recorded', async ({
    assert,
  }) => {
    const { http, user: staff } = await staffClient('agent')
    await http.visit('/admin/organizations')
    const name = `Neu GmbH ${Date.now()}`
    const page = await http.submit('/admin/organizations', {
      name: `  ${name} `,
      customerNumber: 'K-100',
      notes: 'Wichtiger Kunde',
    })

    assert.equal(page.component, 'admin/organizations/show')
    assert.equal(page.props.organization.name, name)
    assert.equal(page.props.organization.customerNumber, 'K-100')
    assert.equal(page.props.organization.notes, 'Wichtiger Kunde')
    assert.deepEqual(page.props.customers, [])
    assert.include(page.props.flash.success, name)
    const [event] = await auditEvents('customers.organization_created', {
      organizationId: page.props.organization.id,
    })
    assert.equal(event.actor_user_id, staff.id)
    assert.equal(event.meta.name, name)
  })

  test('a duplicate name or number (any case) and a missing name come back under the fields', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const existing = await makeOrganization({ customerNumber: `DUP-${Date.now()}` })
    await http.visit('/admin/organizations')

    const page = await http.submit('/admin/organizations', {
      name: existing.name.toUpperCase(),
      customerNumber: existing.customerNumber!.toLowerCase(),
    })
    assert.equal(page.component, 'admin/organizations/index')
    assert.equal(page.props.errors.name, 'Eine Organisation mit diesem Namen gibt es schon.')
    assert.equal(
      page.props.errors.customerNumber,
      'Diese Kundennummer hat schon eine andere Organisation.'
    )

    const blank = await http.submit('/admin/organizations', {
      name: '   ',
      customerNumber: 'x'.repeat(51),
    })
    assert.equal(blank.props.errors.name, 'Bitte fülle dieses Feld aus.')
    assert.equal(blank.props.errors.customerNumber, 'Bitte höchstens 50 Zeichen.')
    const count = await db
      .from('organizations')
      .whereRaw('lower(name) = lower(?)', [existing.name])
      .count('* as total')
    assert.equal(Number(count[0].total), 1)
  })

  test('renames, changes number and notes, stores allowed domains normalized; recorded with from/to', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization({ customerNumber: 'ALT-1' })
    const domain = uniqueDomain()
    await http.visit(`/admin/organizations/${organization.id}`)
    const renamed = `${organization.name} neu`
    const page = await send(http, 'PUT', `/admin/organizations/${organization.id}`, {
      name: renamed,
      customerNumber: organization.customerNumber, // keeping its own number is not a duplicate
      notes: '',
      allowedDomains: `@${domain.toUpperCase()}\n${domain}, sub.${domain}`,
    })
    assert.equal(page.component, 'admin/organizations/show')
    assert.deepEqual(page.props.errors, {})
    assert.equal(page.props.organization.name, renamed)
    assert.deepEqual(page.props.organization.allowedDomains, [domain, `sub.${domain}`])
    assert.isNull(page.props.organization.notes)

    await organization.refresh()
    assert.deepEqual(organization.allowedDomains, [domain, `sub.${domain}`])
    const [event] = await auditEvents('customers.organization_updated', {
      organizationId: organization.id,
    })
    assert.equal(event.meta.from, organization.name.replace(/ neu$/, ''))
    assert.equal(event.meta.to, renamed)
    assert.include(event.meta.label, 'allowedDomains')

    // saving it unchanged records nothing new
    await send(http, 'PUT', `/admin/organizations/${organization.id}`, {
      name: renamed,
      customerNumber: organization.customerNumber,
      allowedDomains: `sub.${domain}\n${domain}`.split('\n').reverse().join('\n'),
    })
    assert.lengthOf(
      await auditEvents('customers.organization_updated', { organizationId: organization.id }),
      1
    )
  })

  test('domains: bad syntax, public providers, too many and one another organization has are refused', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const taken = uniqueDomain()
    const other = await makeOrganization({ allowedDomains: [taken] })
    const organization = await makeOrganization()
    await http.visit(`/admin/organizations/${organization.id}`)
    const attempt = (allowedDomains: string) =>
      send(http, 'PUT', `/admin/organizations/${organization.id}`, {
        name: organization.name,
        allowedDomains,
      })

    for (const [input, message] of [
      ['kunde', '„kunde“ ist keine gültige Domain. Schreib sie so: kunde.de'],
      ['anna@kunde.de', '„anna@kunde.de“ ist keine gültige Domain. Schreib sie so: kunde.de'],
      ['-kunde.de', '„-kunde.de“ ist keine gültige Domain. Schreib sie so: kunde.de'],
      [
        'kunde.de\nGMAIL.com',
        '„gmail.com“ ist ein öffentlicher E-Mail-Anbieter – dann könnte sich jede:r anmelden.',
      ],
      [Array.from({ length: 21 }, (_, i) => `d${i}.example`).join(','), 'Höchstens 20 Domains.'],
      [
        `ok.example, ${taken.toUpperCase()}`,
        `„${taken}“ ist schon bei ${other.name} erlaubt. Eine Domain kann nur zu einer Organisation gehören.`,
      ],
    ]) {
      const page = await attempt(input)
      assert.equal(page.props.errors.allowedDomains, message, input)
    }
    await organization.refresh()
    assert.deepEqual(organization.allowedDomains, [], 'nothing was stored')
  })

  test('a rename to another organization’s name or number is refused; unknown ids are 404s', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const first = await makeOrganization({ customerNumber: `N1-${Date.now()}` })
    const second = await makeOrganization()
    await http.visit(`/admin/organizations/${second.id}`)
    const page = await send(http, 'PUT', `/admin/organizations/${second.id}`, {
      name: first.name,
      customerNumber: first.customerNumber,
    })
    assert.equal(page.props.errors.name, 'Eine Organisation mit diesem Namen gibt es schon.')
    assert.equal(
      page.props.errors.customerNumber,
      'Diese Kundennummer hat schon eine andere Organisation.'
    )
    assert.equal((await Organization.findOrFail(second.id)).name, second.name)

    for (const id of ['999999999', 'abc', '0', '-1', '99999999999999']) {
      const response = await http.request('GET', `/admin/organizations/${id}`)
      assert.equal(response.status, 404, id)
    }
    const put = await http.request('PUT', `/admin/organizations/abc`, { body: { name: 'x' } })
    assert.equal(put.status, 404)
  })

  test('a number a colleague saved in the same moment is an error on the field, not a 500', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    await http.visit(`/admin/organizations/${organization.id}`)
    // What the unique index says when the other save won the race after our validation.
    await db.rawQuery(`
      CREATE FUNCTION pg_temp.race() RETURNS trigger AS $$
      BEGIN RAISE unique_violation USING CONSTRAINT = 'organizations_customer_number_unique'; END $$ LANGUAGE plpgsql`)
    await db.rawQuery(
      'CREATE TRIGGER race BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION pg_temp.race()'
    )

    const page = await send(http, 'PUT', `/admin/organizations/${organization.id}`, {
      name: organization.name,
      customerNumber: 'RACE-1',
    })
    assert.equal(page.component, 'admin/organizations/show')
    assert.equal(
      page.props.errors.customerNumber,
      'Diese Kundennummer hat schon eine andere Organisation.'
    )
    assert.lengthOf(
      await auditEvents('customers.organization_updated', { organizationId: organization.id }),
      0
    )
  })
})
