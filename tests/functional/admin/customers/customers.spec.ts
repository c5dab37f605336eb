import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import InvitationMail from '#mails/invitation_mail'
import MagicLinkMail from '#mails/magic_link_mail'
import User from '#models/user'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import { auditEvents, customerClient, makeOrganization, send, staffClient } from './helpers.js'

test.group('Admin | a customer’s page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('shows name, email, organization, status, last login, the plugins’ settings and recent events', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const { user: customer } = await customerClient(`Person GmbH ${Date.now()}`)
    const page = await http.visit(`/admin/customers/${customer.id}`)

    assert.equal(page.component, 'admin/customers/show')
    assert.equal(page.props.customer.email, customer.email)
    assert.equal(page.props.customer.status, 'active')
    assert.isString(page.props.customer.lastLoginAt)
    assert.isTrue(page.props.customer.hasTotp)
    assert.sameMembers(Object.keys(page.props.customer), [
      'id',
      'name',
      'email',
      'status',
      'lastLoginAt',
      'createdAt',
      'hasTotp',
    ])
    assert.equal(page.props.organization.id, customer.organizationId)
    assert.notInclude(JSON.stringify(page.props), customer.totpSecret!, 'no secrets')

    // built from the enabled plugins' manifests (here the core's test plugin, tests/fixtures/plugins/test_fixture)
    const settings = Object.fromEntries(
      page.props.settings.map((s: any) => [`${s.plugin}.${s.key}`, s])
    )
    assert.deepInclude(settings['test_fixture.scope'], {
      type: 'enum',
      values: ['organization', 'own'],
      value: 'organization',
      default: 'organization',
      label: 'test_fixture.scope',
    })
    assert.deepInclude(settings['test_fixture.visible'], {
      type: 'boolean',
      value: true,
      default: true,
      label: 'test_fixture.visible',
    })
    assert.isTrue(
      page.props.events.some((event: { event: string }) => event.event === 'login.completed')
    )
  })

  test('staff members and unknown or malformed ids are 404s', async ({ assert }) => {
    const { http } = await staffClient()
    const staff = await makeStaff('agent')
    for (const id of [String(staff.id), '999999999', 'abc', '0', '1e3', '99999999999']) {
      assert.equal((await http.request('GET', `/admin/customers/${id}`)).status, 404, id)
    }
    assert.equal((await http.request('POST', `/admin/customers/${staff.id}/disable`)).status, 404)
    assert.equal(
      (await User.findOrFail(staff.id)).status,
      'invited',
      'a staff member cannot be disabled here'
    )
  })

  test('renames a customer; too long a name comes back under the field', async ({ assert }) => {
    const { http } = await staffClient()
    const customer = await makeCustomer(`Name GmbH ${Date.now()}`)
    await http.visit(`/admin/customers/${customer.id}`)

    const page = await send(http, 'PUT', `/admin/customers/${customer.id}`, {
      name: '  Anna Neu  ',
    })
    assert.equal(page.props.customer.name, 'Anna Neu')
    const [event] = await auditEvents('customers.updated', { userId: customer.id })
    assert.deepInclude(event.meta, { from: customer.name, to: 'Anna Neu' })

    const refused = await send(http, 'PUT', `/admin/customers/${customer.id}`, {
      name: 'x'.repeat(201),
    })
    assert.equal(refused.props.errors.name, 'Bitte höchstens 200 Zeichen.')
    assert.equal((await User.findOrFail(customer.id)).name, 'Anna Neu')
  })

  test('"Einladung erneut senden" mails an invited customer, not a disabled one', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const customer = await makeCustomer(`Einladung GmbH ${Date.now()}`)
    const mails = mail.fake()
    await http.visit(`/admin/customers/${customer.id}`)

    const page = await http.submit(`/admin/customers/${customer.id}/invitation`, {})
    assert.include(page.props.flash.success, customer.email)
    mails.mails.assertQueued(InvitationMail, (m) => m.recipient === customer.email)
    assert.lengthOf(await auditEvents('customers.invited', { userId: customer.id }), 1)

    await User.query().where('id', customer.id).update({ status: 'disabled' })
    const refused = await http.submit(`/admin/customers/${customer.id}/invitation`, {})
    assert.include(refused.props.flash.error, 'Gesperrte Personen bekommen keine Einladung')
    assert.lengthOf(mails.mails.queued(), 1)
  })
})

test.group('Admin | disable and enable', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('disabling ends the live session on its next request; the address is refused; enabling lets it in again', async ({
    assert,
  }) => {
    const { http: staffBrowser, user: staff } = await staffClient('agent')
    const organization = await makeOrganization()
    const { http: customerBrowser, user: customer } = await customerClient(organization.name)
    assert.equal((await customerBrowser.visit('/dashboard')).component, 'dashboard')

    await staffBrowser.visit(`/admin/organizations/${organization.id}`)
    const listed = await staffBrowser.submit(`/admin/customers/${customer.id}/disable`, {})
    assert.equal(listed.component, 'admin/organizations/show', 'back where staff clicked')
    assert.equal(
      listed.props.customers.find((row: { id: number }) => row.id === customer.id).status,
      'disabled'
    )
    const [disabled] = await auditEvents('customers.disabled', { userId: customer.id })
    assert.equal(disabled.actor_user_id, staff.id)
    assert.deepInclude(disabled.meta, { from: 'active', to: 'disabled' })

    // the customer's very next request
    const next = await customerBrowser.visit('/account')
    assert.equal(next.component, 'auth/login')
    assert.equal(
      next.props.flash.error,
      'Dein Zugang wurde deaktiviert. Bei Fragen schreib uns gern.'
    )
    assert.equal(
      (await customerBrowser.visit('/dashboard')).component,
      'auth/login',
      'and stays logged out'
    )

    const mails = mail.fake()
    const refused = await customerBrowser.submit('/login', { email: customer.email })
    assert.include(refused.props.errors.email, 'nicht gültig')
    assert.lengthOf(mails.mails.queued(), 0)

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    const enabled = await staffBrowser.submit(`/admin/customers/${customer.id}/enable`, {})
    assert.equal(enabled.component, 'admin/customers/show')
    assert.equal(enabled.props.customer.status, 'active', 'they had logged in before')
    assert.lengthOf(await auditEvents('customers.enabled', { userId: customer.id }), 1)

    const sent = await customerBrowser.submit('/login', { email: customer.email })
    assert.isNotNull(sent.props.sent)
    mails.mails.assertQueued(MagicLinkMail, (m) => m.recipient === customer.email)
  })

  test('a customer who never logged in is "invited" again after enabling; repeating does nothing', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const customer = await makeCustomer(`Nie GmbH ${Date.now()}`)
    await http.visit(`/admin/customers/${customer.id}`)
    await http.submit(`/admin/customers/${customer.id}/disable`, {})
    await http.submit(`/admin/customers/${customer.id}/disable`, {})
    assert.lengthOf(await auditEvents('customers.disabled', { userId: customer.id }), 1)
    const page = await http.submit(`/admin/customers/${customer.id}/enable`, {})
    assert.equal(page.props.customer.status, 'invited')
    await http.submit(`/admin/customers/${customer.id}/enable`, {})
    assert.lengthOf(await auditEvents('customers.enabled', { userId: customer.id }), 1)
  })
})

test.group('Admin | visibility settings', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('staff change a setting: stored for this customer only, in the audit log', async ({
    assert,
  }) => {
    const { http: staffBrowser, user: staff } = await staffClient('agent')
    const organization = await makeOrganization()
    const { user: customer } = await customerClient(organization.name)
    const { user: colleague } = await customerClient(organization.name)

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    const page = await send(staffBrowser, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { test_fixture: { scope: 'own', visible: true } },
    })
    assert.equal(page.props.flash.success, 'Sichtbarkeit gespeichert.')
    assert.equal(page.props.settings.find((s: { key: string }) => s.key === 'scope').value, 'own')
    assert.deepEqual((await User.findOrFail(customer.id)).pluginSettings, {
      test_fixture: { scope: 'own', visible: true },
    })

    const [event] = await auditEvents('customers.settings_changed', { userId: customer.id })
    assert.equal(event.actor_user_id, staff.id)
    assert.deepInclude(event.meta, { label: 'test_fixture.scope', from: 'organization', to: 'own' })
    assert.equal(
      (await User.findOrFail(colleague.id)).pluginSettings?.test_fixture,
      undefined,
      'only this customer changed'
    )
  })

  test('a value the manifest does not allow is an error on that field and nothing is stored', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const customer = await makeCustomer(`Falsch GmbH ${Date.now()}`)
    await http.visit(`/admin/customers/${customer.id}`)
    const page = await send(http, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { test_fixture: { scope: 'everyone', visible: false }, unknown: { x: 1 } },
    })
    assert.equal(
      page.props.errors['settings.test_fixture.scope'],
      'Bitte wähle einen der angebotenen Werte.'
    )
    const stored = await User.findOrFail(customer.id)
    assert.deepEqual(stored.pluginSettings ?? {}, {}, 'not even the valid boolean')
    assert.lengthOf(await auditEvents('customers.settings_changed', { userId: customer.id }), 0)

    const odd = await send(http, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: 'nonsense',
    })
    assert.equal(odd.component, 'admin/customers/show', 'no 500 for a malformed body')
  })

  test('customers cannot reach any of this', async ({ assert }) => {
    const { http, user } = await customerClient(`Neugier GmbH ${Date.now()}`)
    const response = await http.request('PUT', `/admin/customers/${user.id}/settings`, {
      body: { settings: { test_fixture: { scope: 'organization' } } },
    })
    assert.equal(response.status, 404)
    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    assert.equal((await anonymous.request('GET', `/admin/customers/${user.id}`)).status, 302)
  })
})
