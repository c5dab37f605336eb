import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import PortalAllow from '../../commands/portal_allow.js'
import PortalStaff from '../../commands/portal_staff.js'
import PortalSetting from '../../commands/portal_setting.js'

test.group('Operator commands', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('portal:allow creates the organization and the customer, and is idempotent', async ({
    assert,
  }) => {
    const first = await ace.create(PortalAllow, [
      'Anna@Kunde.DE',
      '--org',
      'Kunde GmbH',
      '--name',
      'Anna Kunde',
    ])
    await first.exec()
    first.assertSucceeded()
    const again = await ace.create(PortalAllow, ['anna@kunde.de', '--org', 'kunde gmbh'])
    await again.exec()
    again.assertSucceeded()

    const users = await db.from('users').where('email', 'anna@kunde.de')
    assert.lengthOf(users, 1)
    assert.equal(users[0].name, 'Anna Kunde')
    assert.equal(users[0].role, 'customer')
    assert.lengthOf(await db.from('organizations').whereRaw('lower(name) = ?', ['kunde gmbh']), 1)
  })

  test('portal:allow refuses a malformed email and an address of another organization', async ({
    assert,
  }) => {
    const bad = await ace.create(PortalAllow, ['not-an-email', '--org', 'Kunde GmbH'])
    await bad.exec()
    bad.assertFailed()
    bad.assertLogMatches(/not a valid email address/)

    await (await ace.create(PortalAllow, ['ben@kunde.de', '--org', 'Kunde GmbH'])).exec()
    const moved = await ace.create(PortalAllow, ['ben@kunde.de', '--org', 'Andere AG'])
    await moved.exec()
    moved.assertFailed()
    moved.assertLogMatches(/already belongs to the organization "Kunde GmbH"/)
    assert.lengthOf(
      await db.from('organizations').where('name', 'Andere AG'),
      0,
      'nothing half-done'
    )
  })

  test('portal:staff creates staff without an organization; a customer address is refused', async ({
    assert,
  }) => {
    const staff = await ace.create(PortalStaff, ['sam@agentur.de', '--name', 'Sam'])
    await staff.exec()
    staff.assertSucceeded()
    const row = await db.from('users').where('email', 'sam@agentur.de').first()
    assert.equal(row.role, 'staff')
    assert.equal(row.staff_role, 'admin', 'the first staff member is an admin')
    assert.isNull(row.organization_id)

    const http = await ace.create(PortalStaff, ['alex@agentur.de', '--role', 'agent'])
    await http.exec()
    http.assertSucceeded()
    assert.equal(
      (await db.from('users').where('email', 'alex@agentur.de').first()).staff_role,
      'agent'
    )
    const wrongRole = await ace.create(PortalStaff, ['chef@agentur.de', '--role', 'boss'])
    await wrongRole.exec()
    wrongRole.assertFailed()
    wrongRole.assertLogMatches(/--role must be admin or agent/)
    assert.lengthOf(await db.from('users').where('email', 'chef@agentur.de'), 0)

    await (await ace.create(PortalAllow, ['cara@kunde.de', '--org', 'Kunde GmbH'])).exec()
    const clash = await ace.create(PortalStaff, ['cara@kunde.de'])
    await clash.exec()
    clash.assertFailed()
    clash.assertLogMatches(/is a customer account/)
  })
})

test.group('Operator commands | plugin settings', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('portal:setting stores a valid value and refuses unknown settings and values', async ({
    assert,
  }) => {
    await (await ace.create(PortalAllow, ['dora@kunde.de', '--org', 'Kunde GmbH'])).exec()

    // tests/fixtures/plugins/test_fixture declares an enum and a boolean setting.
    const own = await ace.create(PortalSetting, ['dora@kunde.de', 'test_fixture.scope=own'])
    await own.exec()
    own.assertSucceeded()
    const hidden = await ace.create(PortalSetting, ['dora@kunde.de', 'test_fixture.visible=false'])
    await hidden.exec()
    hidden.assertSucceeded()
    const row = await db.from('users').where('email', 'dora@kunde.de').first()
    assert.deepEqual(row.plugin_settings, { test_fixture: { scope: 'own', visible: false } })

    for (const [assignment, message] of [
      ['test_fixture.scope=everyone', /expects one of: organization, own/],
      [
        'test_fixture.colour=blue',
        /Unknown setting "test_fixture.colour"\. Known: .*test_fixture\.scope, test_fixture\.visible/,
      ],
      ['visibility', /<plugin>\.<setting>=<value>, e\.g\. \w+\.\w+=\w+/],
      ['test_fixture.visible=maybe', /test_fixture.visible expects true or false/],
    ] as const) {
      const bad = await ace.create(PortalSetting, ['dora@kunde.de', assignment])
      await bad.exec()
      bad.assertFailed()
      bad.assertLogMatches(message)
    }
    const nobody = await ace.create(PortalSetting, ['nobody@kunde.de', 'test_fixture.scope=own'])
    await nobody.exec()
    nobody.assertFailed()
  })
})
