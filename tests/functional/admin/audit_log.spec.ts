import { test } from '@japa/runner'
import { recordAudit } from '#services/audit_log'
import { makeCustomer } from '#tests/helpers/customers'
import { staffClient } from '#tests/helpers/staff'

test.group('Admin console: the audit log', () => {
  test('filters by person, organization, event and date; bad filters are ignored', async ({
    assert,
  }) => {
    const { http } = await staffClient('agent')
    const anna = await makeCustomer('Protokoll AG')
    const ben = await makeCustomer('Andere GmbH')
    await recordAudit('2fa.failed', { user: anna, meta: { reason: 'wrong' } })
    await recordAudit('2fa.failed', { user: ben })

    const byPerson = await http.visit(`/admin/audit?person=${encodeURIComponent(anna.email)}`)
    assert.isTrue(byPerson.props.events.length > 0)
    assert.isTrue(
      byPerson.props.events.every((event: { user: string }) => event.user === anna.name)
    )

    const byOrganization = await http.visit(
      `/admin/audit?organization=${anna.organizationId}&event=2fa.failed`
    )
    assert.lengthOf(byOrganization.props.events, 1)
    assert.equal(byOrganization.props.events[0].organization, 'Protokoll AG')
    assert.deepEqual(byOrganization.props.organization, {
      id: anna.organizationId,
      name: 'Protokoll AG',
    })
    assert.notProperty(byOrganization.props, 'organizations', 'never a list of every organization')
    const gone = await http.visit(`/admin/audit?organization=2000000000&event=2fa.failed`)
    assert.isNull(
      gone.props.filters.organization,
      'an organization that does not exist is no filter'
    )
    assert.isAbove(gone.props.events.length, 0)
    assert.deepEqual(byOrganization.props.events[0].details, { reason: 'wrong' })

    const today = new Date().toISOString().slice(0, 10)
    const future = await http.visit(
      `/admin/audit?organization=${anna.organizationId}&from=2999-01-01`
    )
    assert.lengthOf(future.props.events, 0)
    const thisDay = await http.visit(
      `/admin/audit?organization=${anna.organizationId}&from=${today}&to=${today}`
    )
    assert.isAbove(thisDay.props.events.length, 0)

    const garbage = await http.visit(
      `/admin/audit?organization=abc&from=yesterday&page=-3&event=${'x'.repeat(300)}`
    )
    assert.equal(garbage.component, 'admin/audit/index')
    assert.deepEqual(garbage.props.filters, {
      person: '',
      organization: null,
      event: '',
      from: '',
      to: '',
    })
  })

  test('the log shows who acted on whose account', async ({ assert }) => {
    const { http, user: admin } = await staffClient()
    const { user: colleague } = await staffClient('agent')
    await http.submit(`/admin/staff/${colleague.id}/role`, { staffRole: 'admin' }, 'PUT')
    const page = await http.visit(
      `/admin/audit?event=staff.role_changed&person=${encodeURIComponent(colleague.email)}`
    )
    assert.lengthOf(page.props.events, 1)
    assert.equal(page.props.events[0].actor, admin.name)
    assert.equal(page.props.events[0].user, colleague.name)
    assert.deepEqual(page.props.events[0].details, { from: 'agent', to: 'admin' })
  })
})
