import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import Allowlist from '#services/allowlist'
import TrustedDevice from '#models/trusted_device'
import db from '@adonisjs/lucid/services/db'
import { findUserWithOrganization, sessionLookup } from '#services/user_with_organization'
import { customerClient } from '#tests/helpers/plugin_testing'
import { makeCustomer } from '#tests/helpers/customers'
import { queriesOf } from '#tests/helpers/query_counter'

/**
 * The lookup behind every logged-in request: the user, their organization
 * and whether the session's device is still trusted, in one statement
 * (issue 11). It must hand out the same models as Lucid's own queries and
 * refuse a device that is revoked, expired or someone else's.
 */
async function device(userId: number, changes: Partial<TrustedDevice> = {}) {
  return TrustedDevice.create({
    userId,
    label: 'Chromium',
    secretHash: 'x'.repeat(64),
    lastSeenAt: DateTime.now(),
    expiresAt: DateTime.now().plus({ days: 30 }),
    ...changes,
  })
}

test.group('User lookup | user, organization and device in one statement', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a customer comes with the organization, as Lucid would load it', async ({ assert }) => {
    const { user, organization } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
      name: 'Clara Kunde',
    })
    const found = (await findUserWithOrganization(String(user.id)))!
    assert.deepEqual(found.serializeAttributes(), (await user.refresh()).serializeAttributes())
    assert.isTrue(found.$isPersisted)
    assert.deepEqual(
      found.organization.serializeAttributes(),
      (await organization.refresh()).serializeAttributes()
    )
    assert.isTrue(DateTime.isDateTime(found.organization.createdAt))
    assert.isUndefined(found.$extras.deviceTrusted, 'no device asked for')
  })

  test('a staff member has no organization; an unknown or malformed id is nobody', async ({
    assert,
  }) => {
    const { user } = await Allowlist.allowStaff({ email: 'sam@agentur.test', name: 'Sam' })
    const found = (await findUserWithOrganization(String(user.id)))!
    assert.equal(found.email, 'sam@agentur.test')
    assert.isUndefined(found.$preloaded.organization)
    assert.isNull(await findUserWithOrganization('999999'))
    assert.isNull(await findUserWithOrganization('1 OR 1=1'))
  })

  test("the session's device: trusted, revoked, expired, or another user's", async ({ assert }) => {
    const { user } = await Allowlist.allowCustomer({
      email: 'clara@kunde.test',
      organization: 'Kunde GmbH',
    })
    const { user: other } = await Allowlist.allowCustomer({
      email: 'dirk@kunde.test',
      organization: 'Kunde GmbH',
    })
    const trustedFor = async (deviceId: number) =>
      (await sessionLookup.run({ deviceId }, () => findUserWithOrganization(String(user.id))))!
        .$extras.deviceTrusted

    assert.isTrue(await trustedFor((await device(user.id)).id))
    assert.isFalse(await trustedFor((await device(user.id, { revokedAt: DateTime.now() })).id))
    assert.isFalse(
      await trustedFor(
        (await device(user.id, { expiresAt: DateTime.now().minus({ seconds: 1 }) })).id
      )
    )
    assert.isFalse(await trustedFor((await device(other.id)).id))
  })
})

test.group('User lookup | read with the session', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a logged-in page reads session, user, organization and device in one statement', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const statements = await queriesOf(http, '/account')
    assert.match(statements[0], /FROM sessions s\s+LEFT JOIN users u/)
    assert.notMatch(statements[0], /sessions s.*sessions s/s)
    assert.isEmpty(
      statements.filter((sql) => /FROM users u LEFT JOIN organizations o/.test(sql)),
      'no lookup of the user of its own'
    )
    const page = await http.visit('/account')
    assert.equal((page.props.user as { email: string }).email, user.email)
  })

  test("a session tagged with another user's id still logs in only the user its signed data names", async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    const other = await makeCustomer('Andere GmbH')
    await db
      .from('sessions')
      .where('user_id', String(user.id))
      .update({ user_id: String(other.id) })
    const page = await http.visit('/account')
    assert.equal((page.props.user as { email: string }).email, user.email)
  })

  test('a revoked device ends the session also when the user is read with it', async ({
    assert,
  }) => {
    const { http, user } = await customerClient('Kunde GmbH')
    await TrustedDevice.query().where('user_id', user.id).update({ revokedAt: new Date() })
    const response = await http.request('GET', '/account')
    assert.equal(response.status, 302)
    assert.equal(response.headers.get('location'), '/login')
  })
})
