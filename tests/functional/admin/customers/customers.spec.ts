import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import InvitationMail from '#mails/invitation_mail'
import MagicLinkMail from '#mails/magic_link_mail'
import User from '#models/user'
import HttpAgent from '#tests/helpers/http_agent'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import { auditEvents, customerAgent, makeOrganization, send, staffAgent } from './helpers.js'

test.group('Admin | a customer’s page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('shows name, email, organization, status, last login, the plugins’ settings and recent events', async ({ assert }) => {
    const { agent } = await staffAgent('agent')
    const { user: customer } = await customerAgent(`Person GmbH ${Date.now()}`)
    const page = await agent.visit(`/admin/customers/${customer.id}`)

    assert.equal(page.component, 'admin/customers/show')
    assert.equal(page.props.customer.email, customer.email)
    assert.equal(page.props.customer.status, 'active')
    assert.isString(page.props.customer.lastLoginAt)
    assert.isTrue(page.props.customer.hasTotp)
    assert.sameMembers(Object.keys(page.props.customer), ['id', 'name', 'email', 'status', 'lastLoginAt', 'createdAt', 'hasTotp'])
    assert.equal(page.props.organization.id, customer.organizationId)
    assert.notInclude(JSON.stringify(page.props), customer.totpSecret!, 'no secrets')

    // built from the enabled plugins' manifests
    const settings = Object.fromEntries(page.props.settings.map((s: any) => [`${s.plugin}.${s.key}`, s]))
    assert.deepInclude(settings['tickets.visibility'], { type: 'enum', values: ['organization', 'own'], value: 'organization', default: 'organization', label: 'tickets.settings.visibility' })
    assert.deepInclude(settings['invoices.visible'], { type: 'boolean', value: true, default: true, label: 'invoices.settings.visible' })
    assert.isTrue(page.props.events.some((event: { event: string }) => event.event === 'login.completed'))
  })

  test('staff members and unknown or malformed ids are 404s', async ({ assert }) => {
    const { agent } = await staffAgent()
    const staff = await makeStaff('agent')
    for (const id of [String(staff.id), '999999999', 'abc', '0', '1e3', '99999999999']) {
      assert.equal((await agent.request('GET', `/admin/customers/${id}`)).status, 404, id)
    }
    assert.equal((await agent.request('POST', `/admin/customers/${staff.id}/disable`)).status, 404)
    assert.equal((await User.findOrFail(staff.id)).status, 'invited', 'a staff member cannot be disabled here')
  })

  test('renames a customer; too long a name comes back under the field', async ({ assert }) => {
    const { agent } = await staffAgent()
    const customer = await makeCustomer(`Name GmbH ${Date.now()}`)
    await agent.visit(`/admin/customers/${customer.id}`)

    const page = await send(agent, 'PUT', `/admin/customers/${customer.id}`, { name: '  Anna Neu  ' })
    assert.equal(page.props.customer.name, 'Anna Neu')
    const [event] = await auditEvents('customers.updated', { userId: customer.id })
    assert.deepInclude(event.meta, { from: customer.name, to: 'Anna Neu' })

    const refused = await send(agent, 'PUT', `/admin/customers/${customer.id}`, { name: 'x'.repeat(201) })
    assert.equal(refused.props.errors.name, 'Bitte höchstens 200 Zeichen.')
    assert.equal((await User.findOrFail(customer.id)).name, 'Anna Neu')
  })

  test('"Einladung erneut senden" mails an invited customer, not a disabled one', async ({ assert }) => {
    const { agent } = await staffAgent()
    const customer = await makeCustomer(`Einladung GmbH ${Date.now()}`)
    const mails = mail.fake()
    await agent.visit(`/admin/customers/${customer.id}`)

    const page = await agent.submit(`/admin/customers/${customer.id}/invitation`, {})
    assert.include(page.props.flash.success, customer.email)
    mails.mails.assertQueued(InvitationMail, (m) => m.recipient === customer.email)
    assert.lengthOf(await auditEvents('customers.invited', { userId: customer.id }), 1)

    await User.query().where('id', customer.id).update({ status: 'disabled' })
    const refused = await agent.submit(`/admin/customers/${customer.id}/invitation`, {})
    assert.include(refused.props.flash.error, 'Gesperrte Personen bekommen keine Einladung')
    assert.lengthOf(mails.mails.queued(), 1)
  })
})

test.group('Admin | disable and enable', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('disabling ends the live session on its next request; the address is refused; enabling lets it in again', async ({ assert }) => {
    const { agent: staffBrowser, user: staff } = await staffAgent('agent')
    const organization = await makeOrganization()
    const { agent: customerBrowser, user: customer } = await customerAgent(organization.name)
    assert.equal((await customerBrowser.visit('/dashboard')).component, 'dashboard')

    await staffBrowser.visit(`/admin/organizations/${organization.id}`)
    const listed = await staffBrowser.submit(`/admin/customers/${customer.id}/disable`, {})
    assert.equal(listed.component, 'admin/organizations/show', 'back where staff clicked')
    assert.equal(listed.props.customers.find((row: { id: number }) => row.id === customer.id).status, 'disabled')
    const [disabled] = await auditEvents('customers.disabled', { userId: customer.id })
    assert.equal(disabled.actor_user_id, staff.id)
    assert.deepInclude(disabled.meta, { from: 'active', to: 'disabled' })

    // the customer's very next request
    const next = await customerBrowser.visit('/tickets')
    assert.equal(next.component, 'auth/login')
    assert.equal(next.props.flash.error, 'Dein Zugang wurde deaktiviert. Bei Fragen schreib uns gern.')
    assert.equal((await customerBrowser.visit('/dashboard')).component, 'auth/login', 'and stays logged out')

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

  test('a customer who never logged in is "invited" again after enabling; repeating does nothing', async ({ assert }) => {
    const { agent } = await staffAgent()
    const customer = await makeCustomer(`Nie GmbH ${Date.now()}`)
    await agent.visit(`/admin/customers/${customer.id}`)
    await agent.submit(`/admin/customers/${customer.id}/disable`, {})
    await agent.submit(`/admin/customers/${customer.id}/disable`, {})
    assert.lengthOf(await auditEvents('customers.disabled', { userId: customer.id }), 1)
    const page = await agent.submit(`/admin/customers/${customer.id}/enable`, {})
    assert.equal(page.props.customer.status, 'invited')
    await agent.submit(`/admin/customers/${customer.id}/enable`, {})
    assert.lengthOf(await auditEvents('customers.enabled', { userId: customer.id }), 1)
  })
})

test.group('Admin | visibility settings', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('tickets "own": the customer’s ticket list then shows only their own', async ({ assert }) => {
    const { agent: staffBrowser, user: staff } = await staffAgent('agent')
    const organization = await makeOrganization()
    const { agent: customerBrowser, user: customer } = await customerAgent(organization.name)
    const { agent: colleagueBrowser, user: colleague } = await customerAgent(organization.name)
    // Opened the way customers do, over HTTP: the core's tests import no plugin code.
    await customerBrowser.submit('/tickets', { subject: 'Mein Ticket', body: 'Bitte prüfen.' })
    await colleagueBrowser.submit('/tickets', { subject: 'Ticket der Kollegin', body: 'Bitte prüfen.' })
    const subjects = async () => (await customerBrowser.visit('/tickets')).props.tickets.map((t: { subject: string }) => t.subject).sort()
    assert.deepEqual(await subjects(), ['Mein Ticket', 'Ticket der Kollegin'])

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    const page = await send(staffBrowser, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { tickets: { visibility: 'own' } },
    })
    assert.equal(page.props.flash.success, 'Sichtbarkeit gespeichert.')
    const visibility = page.props.settings.find((s: { key: string }) => s.key === 'visibility')
    assert.equal(visibility.value, 'own')

    assert.deepEqual(await subjects(), ['Mein Ticket'])
    const [event] = await auditEvents('customers.settings_changed', { userId: customer.id })
    assert.equal(event.actor_user_id, staff.id)
    assert.deepInclude(event.meta, { label: 'tickets.visibility', from: 'organization', to: 'own' })
    assert.equal((await User.findOrFail(colleague.id)).pluginSettings?.tickets, undefined, 'only this customer changed')
  })

  test('invoices off: the customer loses the invoices page and its navigation entry', async ({ assert }) => {
    const { agent: staffBrowser } = await staffAgent()
    const { agent: customerBrowser, user: customer } = await customerAgent(`Rechnung GmbH ${Date.now()}`)
    assert.equal((await customerBrowser.request('GET', '/invoices')).status, 200)

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    await send(staffBrowser, 'PUT', `/admin/customers/${customer.id}/settings`, { settings: { invoices: { visible: false } } })
    assert.deepEqual((await User.findOrFail(customer.id)).pluginSettings, { invoices: { visible: false } })

    assert.equal((await customerBrowser.request('GET', '/invoices')).status, 404)
    const dashboard = await customerBrowser.visit('/dashboard')
    assert.isFalse(dashboard.props.nav.some((item: { href: string }) => item.href === '/invoices'))
  })

  test('a value the manifest does not allow is an error on that field and nothing is stored', async ({ assert }) => {
    const { agent } = await staffAgent()
    const customer = await makeCustomer(`Falsch GmbH ${Date.now()}`)
    await agent.visit(`/admin/customers/${customer.id}`)
    const page = await send(agent, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { tickets: { visibility: 'everyone' }, invoices: { visible: false }, unknown: { x: 1 } },
    })
    assert.equal(page.props.errors['settings.tickets.visibility'], 'Bitte wähle einen der angebotenen Werte.')
    const stored = await User.findOrFail(customer.id)
    assert.deepEqual(stored.pluginSettings ?? {}, {}, 'not even the valid invoices value')
    assert.lengthOf(await auditEvents('customers.settings_changed', { userId: customer.id }), 0)

    const odd = await send(agent, 'PUT', `/admin/customers/${customer.id}/settings`, { settings: 'nonsense' })
    assert.equal(odd.component, 'admin/customers/show', 'no 500 for a malformed body')
  })

  test('customers cannot reach any of this', async ({ assert }) => {
    const { agent, user } = await customerAgent(`Neugier GmbH ${Date.now()}`)
    const response = await agent.request('PUT', `/admin/customers/${user.id}/settings`, { body: { settings: { tickets: { visibility: 'organization' } } } })
    assert.equal(response.status, 404)
    const anonymous = new HttpAgent()
    await anonymous.primeCsrf()
    assert.equal((await anonymous.request('GET', `/admin/customers/${user.id}`)).status, 302)
  })
})
