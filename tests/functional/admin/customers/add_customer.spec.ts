import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import portalConfig from '#config/portal'
import InvitationMail from '#mails/invitation_mail'
import User from '#models/user'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import { auditEvents, makeOrganization, staffClient } from './helpers.js'

test.group('Admin | add one customer', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('adds an invited customer and mails the invitation with the portal login URL', async ({
    assert,
  }) => {
    const { http, user: staff } = await staffClient('agent')
    const organization = await makeOrganization()
    const mails = mail.fake()
    await http.visit(`/admin/organizations/${organization.id}`)

    const page = await http.submit(`/admin/organizations/${organization.id}/customers`, {
      email: '  Anna.Neu@Kunde.TEST ',
      name: 'Anna Neu',
      invite: true,
    })
    assert.equal(page.component, 'admin/organizations/show')
    assert.deepEqual(page.props.errors, {})
    const [row] = page.props.customers
    assert.equal(row.email, 'anna.neu@kunde.test')
    assert.equal(row.name, 'Anna Neu')
    assert.equal(row.status, 'invited')
    assert.isNull(row.lastLoginAt)
    assert.sameMembers(Object.keys(row), ['id', 'name', 'email', 'status', 'lastLoginAt'])
    assert.include(page.props.flash.success, 'anna.neu@kunde.test')

    const user = await User.findByOrFail('email', 'anna.neu@kunde.test')
    assert.equal(user.organizationId, organization.id)
    assert.equal(user.role, 'customer')

    mails.mails.assertQueued(InvitationMail, (m) => m.recipient === 'anna.neu@kunde.test')
    const [queued] = mails.mails.queued((m) => m instanceof InvitationMail) as InvitationMail[]
    await queued.buildWithContents()
    const { message } = queued.message.toJSON()
    assert.equal(message.subject, `Deine Einladung: ${portalConfig.name}`)
    assert.equal(queued.loginUrl, `${portalConfig.url}/login`)
    assert.include(message.html, `href="${portalConfig.url}/login"`)
    assert.include(message.html, 'Zum Portal')
    assert.include(message.html, staff.name!)
    assert.include(message.html, organization.name)
    assert.include(message.html, 'Anmeldung bestätigen')
    assert.include(message.html, 'Authenticator-App')
    assert.include(message.html, 'Passwort brauchst du nicht')
    assert.include(message.text, `${portalConfig.url}/login`)
    assert.include(message.text, 'anna.neu@kunde.test')

    const [added] = await auditEvents('customers.added', { userId: user.id })
    assert.equal(added.actor_user_id, staff.id)
    assert.equal(added.organization_id, organization.id)
    assert.lengthOf(await auditEvents('customers.invited', { userId: user.id }), 1)
  })

  test('without the checkbox no mail goes out; English invitations on request', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const mails = mail.fake()
    await http.visit(`/admin/organizations/${organization.id}`)

    await http.submit(`/admin/organizations/${organization.id}/customers`, {
      email: 'still@kunde.test',
      invite: false,
    })
    assert.lengthOf(mails.mails.queued(), 0)
    const quiet = await User.findByOrFail('email', 'still@kunde.test')
    assert.isNull(quiet.name)
    assert.lengthOf(await auditEvents('customers.invited', { userId: quiet.id }), 0)

    await http.submit(`/admin/organizations/${organization.id}/customers`, {
      email: 'eng@kunde.test',
      invite: true,
      locale: 'en',
    })
    const [queued] = mails.mails.queued() as InvitationMail[]
    assert.equal(queued.recipient, 'eng@kunde.test')
    await queued.buildWithContents()
    assert.equal(queued.message.toJSON().message.subject, `Your invitation: ${portalConfig.name}`)
    assert.include(queued.message.toJSON().message.html, 'How to log in')
  })

  test('refused under the field: invalid, a member already, another organization’s, a staff address', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const other = await makeOrganization()
    const member = await makeCustomer(organization.name)
    const foreign = await makeCustomer(other.name)
    const staff = await makeStaff('agent')
    const mails = mail.fake()
    await http.visit(`/admin/organizations/${organization.id}`)

    for (const [email, message] of [
      ['', 'Bitte gib eine E-Mail-Adresse ein.'],
      ['keine-adresse', 'Bitte gib eine gültige E-Mail-Adresse ein.'],
      [member.email.toUpperCase(), 'Diese Adresse ist schon in dieser Organisation.'],
      [foreign.email, `Diese Adresse gehört schon zu ${other.name}.`],
      [staff.email, 'Das ist ein Konto des Teams, keine Kundenadresse.'],
    ]) {
      const page = await http.submit(`/admin/organizations/${organization.id}/customers`, {
        email,
        name: 'X',
      })
      assert.equal(page.component, 'admin/organizations/show', email)
      assert.equal(page.props.errors.email, message, email)
    }
    const tooLong = await http.submit(`/admin/organizations/${organization.id}/customers`, {
      email: 'ok@kunde.test',
      name: 'n'.repeat(201),
    })
    assert.equal(tooLong.props.errors.name, 'Bitte höchstens 200 Zeichen.')

    assert.lengthOf(mails.mails.queued(), 0)
    const rows = await db.from('users').where('organization_id', organization.id)
    assert.deepEqual(
      rows.map((row) => row.id),
      [member.id],
      'nobody was added or moved'
    )
    assert.equal((await User.findOrFail(foreign.id)).organizationId, other.id)
  })

  test('an unknown organization is a 404 and adds nobody', async ({ assert }) => {
    const { http } = await staffClient()
    await http.visit('/admin/organizations')
    const response = await http.request('POST', '/admin/organizations/999999999/customers', {
      body: { email: 'ghost@kunde.test' },
    })
    assert.equal(response.status, 404)
    assert.isNull(await User.findBy('email', 'ghost@kunde.test'))
  })

  test('an address someone else added in the same moment is an error on the field, not a 500', async ({
    assert,
  }) => {
    const { http } = await staffClient()
    const organization = await makeOrganization()
    const mails = mail.fake()
    await http.visit(`/admin/organizations/${organization.id}`)
    // What the unique index says when the other insert won the race after our check.
    await db.rawQuery(`
      CREATE FUNCTION pg_temp.race() RETURNS trigger AS $$
      BEGIN RAISE unique_violation USING CONSTRAINT = 'users_email_lower_unique'; END $$ LANGUAGE plpgsql`)
    await db.rawQuery(
      'CREATE TRIGGER race BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION pg_temp.race()'
    )

    const page = await http.submit(`/admin/organizations/${organization.id}/customers`, {
      email: 'race@kunde.test',
    })
    assert.equal(page.component, 'admin/organizations/show')
    assert.equal(page.props.errors.email, 'Diese Adresse ist schon in dieser Organisation.')
    assert.lengthOf(mails.mails.queued(), 0)
  })
})
