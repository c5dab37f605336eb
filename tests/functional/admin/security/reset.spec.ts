import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import TwoFactorResetMail from '#mails/two_factor_reset_mail'
import { requestAndConfirm } from '#tests/helpers/login'
import {
  allowMoreLinks,
  loggedInCustomer,
  loggedInStaff,
  logInOnNewDevice,
  PHONE,
} from '#tests/functional/account/support'

const REASON = 'Smartphone verloren, telefonisch bestätigt'

function resetPath(userId: number) {
  return `/admin/users/${userId}/two-factor/reset`
}

test.group('Admin | 2FA reset', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the security page shows 2FA state, codes left and devices', async ({ assert }) => {
    const { http: admin } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user, secret } = await loggedInCustomer(mails, 'Zeigen GmbH')
    await logInOnNewDevice(mails, user, secret, PHONE)
    await db.rawQuery(
      'UPDATE recovery_codes SET used_at = now() WHERE id = (SELECT min(id) FROM recovery_codes WHERE user_id = ?)',
      [user.id]
    )

    const page = await admin.visit(`/admin/users/${user.id}/security`)
    assert.equal(page.component, 'admin/users/security')
    assert.deepEqual(page.props.member, {
      id: user.id,
      name: user.name,
      email: user.email,
      role: 'customer',
      status: 'active',
      organization: { id: user.organizationId, name: 'Zeigen GmbH' },
    })
    assert.isString(page.props.twoFactor.enabledAt)
    assert.equal(page.props.twoFactor.recoveryCodes.left, 9)
    assert.equal(page.props.twoFactor.recoveryCodes.total, 10)
    assert.sameMembers(
      page.props.devices.map((d: { label: string }) => d.label),
      ['Chrome (Linux)', 'Chrome (Android)']
    )
    assert.isFalse(page.props.isSelf)
    assert.notInclude(JSON.stringify(page.props), 'secret')
  })

  test('a reason of at least 10 characters and the confirmation are required; nothing changes without them', async ({
    assert,
  }) => {
    const { http: admin } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user } = await loggedInCustomer(mails)
    await admin.visit(`/admin/users/${user.id}/security`)

    const missing = await admin.submit(resetPath(user.id), { confirm: true })
    assert.equal(missing.component, 'admin/users/security')
    assert.equal(missing.props.errors.reason, 'Bitte fülle dieses Feld aus.')
    const short = await admin.submit(resetPath(user.id), { reason: ' zu kurz  ', confirm: true })
    assert.equal(short.props.errors.reason, 'Bitte mindestens 10 Zeichen.')
    const long = await admin.submit(resetPath(user.id), { reason: 'x'.repeat(501), confirm: true })
    assert.equal(long.props.errors.reason, 'Bitte höchstens 500 Zeichen.')
    const unconfirmed = await admin.submit(resetPath(user.id), { reason: REASON, confirm: false })
    assert.equal(unconfirmed.props.errors.confirm, 'Bitte bestätige das.')
    const withoutConfirm = await admin.submit(resetPath(user.id), { reason: REASON })
    assert.exists(withoutConfirm.props.errors.confirm)
    const odd = await admin.request('POST', resetPath(user.id), {
      body: { reason: ['a'], confirm: 'maybe' },
    })
    assert.oneOf(odd.status, [302, 303], 'odd input is a validation error, not a 500')

    const row = await db.from('users').where('id', user.id).first()
    assert.isNotNull(row.totp_secret)
    assert.isNull(
      await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', 'security.2fa_reset')
        .first()
    )
    assert.lengthOf(
      mails.mails.queued((m) => m instanceof TwoFactorResetMail),
      0
    )
  })

  test('a reset removes secret and codes, revokes devices, logs out live sessions, mails the user; the next login sets up 2FA', async ({
    assert,
  }) => {
    const { http: admin, user: adminUser } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user, http: laptop, secret } = await loggedInCustomer(mails, 'Verloren GmbH')
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)
    assert.equal((await laptop.visit('/dashboard')).component, 'dashboard')

    await admin.visit(`/admin/users/${user.id}/security`)
    const page = await admin.submit(resetPath(user.id), { reason: `  ${REASON}  `, confirm: true })
    assert.equal(page.component, 'admin/users/security')
    assert.match(page.props.flash.success ?? '', /wurde zurückgesetzt/)
    assert.isNull(page.props.twoFactor.enabledAt)
    assert.lengthOf(page.props.devices, 0)
    assert.isFalse(page.props.twoFactor.recoveryCodes.hasSet)

    const row = await db.from('users').where('id', user.id).first()
    assert.isNull(row.totp_secret)
    assert.isNull(row.totp_enabled_at)
    assert.isNull(row.totp_last_step)
    assert.lengthOf(await db.from('recovery_codes').where('user_id', user.id), 0)
    assert.lengthOf(
      await db.from('trusted_devices').where('user_id', user.id).whereNull('revoked_at'),
      0
    )
    assert.lengthOf(await db.from('sessions').where('user_id', String(user.id)), 0)

    // Live sessions meet the login page on their next request.
    assert.equal((await laptop.visit('/dashboard')).component, 'auth/login')
    assert.equal((await phone.visit('/account')).component, 'auth/login')

    const queued = mails.mails.queued(
      (m) => m instanceof TwoFactorResetMail && m.recipient === user.email
    )
    assert.lengthOf(queued, 1)
    const message = queued[0] as TwoFactorResetMail
    await message.buildWithContents()
    const { subject, text } = message.message.toJSON().message as { subject: string; text: string }
    assert.equal(subject, 'Deine Zwei-Faktor-Authentifizierung wurde zurückgesetzt – Testportal')
    assert.include(text, 'Bei deiner nächsten Anmeldung richtest du die Authenticator-App neu ein.')
    assert.notInclude(text, REASON)

    const event = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.2fa_reset')
      .first()
    assert.equal(event.meta.reason, REASON)
    assert.equal(event.meta.count, 2)
    assert.equal(event.actor_user_id, adminUser.id)
    assert.equal(event.organization_id, user.organizationId)

    // The next login, even on a formerly trusted browser, starts with the setup.
    await allowMoreLinks(user.email)
    assert.equal((await requestAndConfirm(laptop, mails, user.email)).component, 'auth/setup_totp')
  })

  test('a login half done before the reset cannot be finished with the old code', async ({
    assert,
  }) => {
    const { http: admin } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user, secret } = await loggedInCustomer(mails)
    await allowMoreLinks(user.email)
    const thief = new HttpClient(PHONE)
    assert.equal((await requestAndConfirm(thief, mails, user.email)).component, 'auth/enter_code')

    await admin.visit(`/admin/users/${user.id}/security`)
    await admin.submit(resetPath(user.id), { reason: REASON, confirm: true })
    const { currentCode } = await import('#tests/helpers/login')
    const page = await thief.submit('/login/code', { code: currentCode(secret, 1) })
    assert.equal(page.component, 'auth/login')
    assert.isNull((await db.from('users').where('id', user.id).first()).totp_secret)
  })

  test('an agent may reset a customer but neither see nor reset a staff member', async ({
    assert,
  }) => {
    const { http: agentHttp, user: agentUser } = await loggedInStaff('agent')
    const { user: colleague } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user: customer } = await loggedInCustomer(mails)

    await agentHttp.visit(`/admin/users/${customer.id}/security`)
    const done = await agentHttp.submit(resetPath(customer.id), { reason: REASON, confirm: true })
    assert.match(done.props.flash.success ?? '', /wurde zurückgesetzt/)
    const event = await db
      .from('audit_events')
      .where('user_id', customer.id)
      .where('event', 'security.2fa_reset')
      .first()
    assert.equal(event.actor_user_id, agentUser.id)

    const view = await agentHttp.request('GET', `/admin/users/${colleague.id}/security`)
    assert.equal(view.status, 403)
    assert.equal(((await view.json()) as { component: string }).component, 'errors/forbidden')
    const reset = await agentHttp.request('POST', resetPath(colleague.id), {
      body: { reason: REASON, confirm: true },
    })
    assert.equal(reset.status, 403)
    for (const path of [
      `/admin/users/${colleague.id}/devices`,
      `/admin/users/${colleague.id}/devices/1`,
    ]) {
      assert.equal((await agentHttp.request('DELETE', path)).status, 403, path)
    }
    assert.isNotNull((await db.from('users').where('id', colleague.id).first()).totp_secret)
  })

  test('an admin may reset a staff member', async ({ assert }) => {
    const { http: admin } = await loggedInStaff('admin')
    const { user: member, http: memberHttp } = await loggedInStaff('agent')
    await admin.visit(`/admin/users/${member.id}/security`)
    const page = await admin.submit(resetPath(member.id), { reason: REASON, confirm: true })
    assert.match(page.props.flash.success ?? '', /wurde zurückgesetzt/)
    assert.isNull((await db.from('users').where('id', member.id).first()).totp_secret)
    assert.equal((await memberHttp.visit('/admin')).component, 'auth/login')
  })

  test('nobody resets their own 2FA here', async ({ assert }) => {
    const { http: admin, user } = await loggedInStaff('admin')
    const page = await admin.visit(`/admin/users/${user.id}/security`)
    assert.isTrue(page.props.isSelf)
    const refused = await admin.submit(resetPath(user.id), { reason: REASON, confirm: true })
    assert.equal(
      refused.props.flash.error,
      'Dein eigenes Konto verwaltest du auf der Seite „Mein Konto“.'
    )
    assert.isNotNull((await db.from('users').where('id', user.id).first()).totp_secret)
    assert.equal((await admin.visit('/admin')).component, 'admin/dashboard', 'still logged in')
  })

  test('an unknown person is a 404', async ({ assert }) => {
    const { http: admin } = await loggedInStaff('admin')
    for (const id of ['2147483000', 'abc', '99999999999']) {
      assert.equal((await admin.request('GET', `/admin/users/${id}/security`)).status, 404, id)
      assert.equal(
        (
          await admin.request('POST', resetPath(id as unknown as number), {
            body: { reason: REASON, confirm: true },
          })
        ).status,
        404,
        id
      )
    }
  })
})
