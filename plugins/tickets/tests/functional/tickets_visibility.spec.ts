import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Organization from '#models/organization'
import User from '#models/user'
import { auditEvents } from '#tests/helpers/audit'
import { sendForm } from '#tests/helpers/forms'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'

test.group('Tickets | visibility set by staff', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('"own" on the customer\'s page in the console: their ticket list then shows only their own', async ({
    assert,
  }) => {
    const { http: staffBrowser, user: staff } = await staffClient('agent')
    const organization = await Organization.create({
      name: `Sicht GmbH ${Date.now()}`,
      allowedDomains: [],
    })
    const { http: customerBrowser, user: customer } = await customerClient(organization.name)
    const { http: colleagueBrowser, user: colleague } = await customerClient(organization.name)
    await customerBrowser.submit('/tickets', { subject: 'Mein Ticket', body: 'Bitte prüfen.' })
    await colleagueBrowser.submit('/tickets', {
      subject: 'Ticket der Kollegin',
      body: 'Bitte prüfen.',
    })
    const subjects = async () =>
      (await customerBrowser.visit('/tickets')).props.tickets
        .map((t: { subject: string }) => t.subject)
        .sort()
    assert.deepEqual(await subjects(), ['Mein Ticket', 'Ticket der Kollegin'])

    await staffBrowser.visit(`/admin/customers/${customer.id}`)
    const page = await sendForm(staffBrowser, 'PUT', `/admin/customers/${customer.id}/settings`, {
      settings: { tickets: { visibility: 'own' } },
    })
    assert.equal(page.props.flash.success, 'Sichtbarkeit gespeichert.')
    assert.deepEqual(await subjects(), ['Mein Ticket'])
    const [event] = await auditEvents('customers.settings_changed', { userId: customer.id })
    assert.equal(event.actor_user_id, staff.id)
    assert.deepInclude(event.meta, { label: 'tickets.visibility', from: 'organization', to: 'own' })
    assert.equal(
      (await User.findOrFail(colleague.id)).pluginSettings?.tickets,
      undefined,
      'only this customer changed'
    )
  })
})
