import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { customerClient } from '#tests/helpers/plugin_testing'
import { staffClient } from '#tests/helpers/staff'
import { makeOrganization, uniqueDomain } from './admin/customers/helpers.js'
import { requestAndConfirm } from '#tests/helpers/login'
import { logInDirectly } from '#tests/helpers/direct_login'

/** Findings of the review of the admin console, each as the request that used to go wrong. */
test.group('Hardening | addresses that only look like an allowed domain', () => {
  test('a quoted address is refused on the field and joins no organization', async ({ assert }) => {
    const domain = uniqueDomain()
    await makeOrganization({ allowedDomains: [domain] })
    const sneaky = `"x@${domain}@"@evil.test`
    const mails = mail.fake()
    try {
      const http = new HttpClient()
      await http.primeCsrf()
      const page = await http.submit('/login', { email: sneaky })
      assert.equal(page.props.errors.email, 'Bitte prüfe das Format.')
      assert.lengthOf(mails.mails.queued(), 0)
      assert.lengthOf(await db.from('users').whereILike('email', '%evil.test'), 0)
    } finally {
      mail.restore()
    }
  })

  test('a disabled person does not come back through the domain with a +tag', async ({
    assert,
  }) => {
    const domain = uniqueDomain()
    const organization = await makeOrganization({ allowedDomains: [domain] })
    await User.create({
      email: `bob@${domain}`,
      name: 'Bob',
      role: 'customer',
      status: 'disabled',
      organizationId: organization.id,
    })
    const mails = mail.fake()
    try {
      const http = new HttpClient()
      await http.primeCsrf()
      await http.submit('/login', { email: `bob+x@${domain}` })
      assert.lengthOf(mails.mails.queued(), 0)
      assert.isNull(await User.findBy('email', `bob+x@${domain}`))

      await http.submit('/login', { email: `anna+x@${domain}` })
      assert.isNotNull(
        await User.findBy('email', `anna+x@${domain}`),
        'other people at the domain still join'
      )
    } finally {
      mail.restore()
    }
  })
})

test.group('Hardening | input PostgreSQL would refuse is a 404 or a message, never a 500', () => {
  test('ids beyond the integer range', async ({ assert }) => {
    const { http: staff } = await staffClient()
    const { http: customer } = await customerClient('Grenzwert GmbH')
    const huge = '99999999999'
    for (const path of [
      `/admin/customers/${huge}`,
      `/admin/organizations/${huge}`,
      `/admin/users/${huge}/security`,
    ]) {
      assert.equal((await staff.request('GET', path)).status, 404, path)
    }
    assert.equal(
      (await staff.request('PUT', `/admin/staff/${huge}/role`, { body: { staffRole: 'agent' } }))
        .status,
      404
    )
    assert.equal((await customer.request('DELETE', `/account/devices/${huge}`)).status, 404)
    assert.equal((await staff.request('GET', `/admin/audit?organization=${huge}`)).status, 200)
  })

  test('NUL characters in searches and forms', async ({ assert }) => {
    const { http: staff } = await staffClient()
    const { http: customer, user } = await customerClient('Nullbyte GmbH')
    for (const path of [
      '/admin/audit?person=a%00b',
      '/admin/organizations?q=a%00b',
      '/admin/organizations/lookup?q=a%00b',
    ]) {
      assert.equal((await staff.request('GET', path)).status, 200, path)
    }
    assert.equal((await customer.request('GET', '/account?tab=a%00b')).status, 200)

    const created = await staff.submit('/admin/organizations', { name: 'Null\u0000 AG' })
    assert.equal(created.component, 'admin/organizations/show')
    assert.equal(created.props.organization.name, 'Null AG')

    const other = await makeCustomer('Nullbyte GmbH')
    await staff.visit(`/admin/users/${other.id}/security`)
    const reset = await staff.submit(`/admin/users/${other.id}/two-factor/reset`, {
      reason: 'Handy \u0000verloren, neu',
      confirm: true,
    })
    assert.equal(reset.component, 'admin/users/security')
    const event = await db
      .from('audit_events')
      .where('event', 'security.2fa_reset')
      .where('user_id', other.id)
      .firstOrFail()
    assert.equal(event.meta.reason, 'Handy verloren, neu')
    assert.notEqual(user.id, other.id)
  })
})

test.group('Hardening | guesses sent all at once', () => {
  test('twenty wrong codes at the same moment are five guesses, then the attempt is void', async ({
    assert,
  }) => {
    const mails = mail.fake()
    try {
      const user = await makeCustomer('Parallel GmbH')
      // The first device's login is not the point here: the code guesses of the second are.
      await logInDirectly(user)
      const phone = new HttpClient(
        'Mozilla/5.0 (Linux; Android 15) Chrome/156.0 Mobile Safari/537.36'
      )
      const codePage = await requestAndConfirm(phone, mails, user.email)
      assert.equal(codePage.component, 'auth/enter_code')

      const wrong = (n: number) => String(100000 + n)
      await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          phone.request('POST', '/login/code', { body: { code: wrong(n) } })
        )
      )
      const failures = await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', '2fa.failed')
      assert.lengthOf(failures, 5)
      const attempt = await db
        .from('login_attempts')
        .where('user_id', user.id)
        .orderBy('id', 'desc')
        .firstOrFail()
      assert.isNotNull(attempt.voided_at)
    } finally {
      mail.restore()
    }
  })
})
