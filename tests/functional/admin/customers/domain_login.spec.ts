import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import MagicLinkMail from '#mails/magic_link_mail'
import User from '#models/user'
import HttpClient from '#tests/helpers/http_client'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import { makeStaff } from '#tests/helpers/staff'
import { auditEvents, makeOrganization, uniqueDomain } from './helpers.js'

test.group('Login | allowed domains of an organization', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a new address at the domain gets a link, logs in and is then a member of that organization', async ({
    assert,
  }) => {
    const domain = uniqueDomain()
    const organization = await makeOrganization({ allowedDomains: [domain] })
    const email = `neu@${domain}`
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()

    const started = Date.now()
    const page = await http.submit('/login', { email: email.toUpperCase() })
    assert.isAtLeast(Date.now() - started, 250, 'padded like every answer')
    assert.include(page.props.sent.message, email)
    mails.mails.assertQueued(MagicLinkMail, (m) => m.recipient === email)

    const joined = await User.findByOrFail('email', email)
    assert.equal(joined.organizationId, organization.id)
    assert.equal(joined.role, 'customer')
    assert.equal(joined.status, 'invited', 'a member once the login is complete')
    const [event] = await auditEvents('customers.joined_by_domain', { userId: joined.id })
    assert.isNull(event.actor_user_id, 'nobody on the team did this')
    assert.equal(event.organization_id, organization.id)
    assert.equal(event.meta.domain, domain)

    const setup = await requestAndConfirm(http, mails, email)
    assert.equal(setup.component, 'auth/setup_totp')
    await http.submit('/login/setup', { code: currentCode(setup.props.secret as string) })
    const dashboard = await http.visit('/dashboard')
    assert.equal(dashboard.component, 'dashboard')
    assert.equal(dashboard.props.user.organization.id, organization.id)
    await joined.refresh()
    assert.equal(joined.status, 'active')
    assert.lengthOf(
      await auditEvents('customers.joined_by_domain', { userId: joined.id }),
      1,
      'joins once'
    )
  })

  test('another domain, a subdomain of an allowed one, and an address nobody allows are refused', async ({
    assert,
  }) => {
    const domain = uniqueDomain()
    await makeOrganization({ allowedDomains: [domain] })
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()

    for (const email of [
      `anna@anders-${domain}`,
      `anna@sub.${domain}`,
      `anna@${domain}.evil.test`,
    ]) {
      const page = await http.submit('/login', { email })
      assert.include(page.props.errors.email, 'nicht gültig', email)
      assert.isNull(await User.findBy('email', email), email)
    }
    assert.lengthOf(mails.mails.queued(), 0)
  })

  test('a domain two organizations claim (the form refuses that; say it slipped through) lets nobody join', async ({
    assert,
  }) => {
    const domain = uniqueDomain()
    await makeOrganization({ allowedDomains: [domain] })
    await makeOrganization({ allowedDomains: [domain] })
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()
    const page = await http.submit('/login', { email: `zwei@${domain}` })
    assert.include(page.props.errors.email, 'nicht gültig')
    assert.isNull(await User.findBy('email', `zwei@${domain}`))
    assert.lengthOf(mails.mails.queued(), 0)
  })

  test('a disabled address stays refused although its domain is allowed', async ({ assert }) => {
    const domain = uniqueDomain()
    const organization = await makeOrganization({ allowedDomains: [domain] })
    const disabled = await User.create({
      email: `weg@${domain}`,
      organizationId: organization.id,
      role: 'customer',
      status: 'disabled',
    })
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()

    const page = await http.submit('/login', { email: disabled.email })
    assert.include(page.props.errors.email, 'nicht gültig')
    assert.lengthOf(mails.mails.queued(), 0)
    assert.equal((await User.findOrFail(disabled.id)).status, 'disabled')
    assert.lengthOf(await auditEvents('customers.joined_by_domain', { userId: disabled.id }), 0)
  })

  test('existing people keep their own organization and role: staff at the domain stay staff', async ({
    assert,
  }) => {
    const staff = await makeStaff('agent')
    const staffDomain = staff.email.split('@')[1]
    const organization = await makeOrganization()
    await db
      .from('organizations')
      .where('id', organization.id)
      .update({ allowed_domains: db.raw('ARRAY[?]::text[]', [staffDomain]) })
    const mails = mail.fake()
    const http = new HttpClient()
    await http.primeCsrf()

    await http.submit('/login', { email: staff.email })
    mails.mails.assertQueued(MagicLinkMail, (m) => m.recipient === staff.email)
    const after = await User.findOrFail(staff.id)
    assert.equal(after.role, 'staff')
    assert.isNull(after.organizationId)
  })
})
