import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { requestAndConfirm } from '#tests/helpers/login'
import {
  allowMoreLinks,
  loggedInCustomer,
  loggedInStaff,
  logInOnNewDevice,
  PHONE,
} from '#tests/functional/account/support'

type Device = { id: number; label: string }

test.group('Admin | trusted devices of a person', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('revoking one device logs out only that device, which then needs the code', async ({
    assert,
  }) => {
    const { http: admin, user: adminUser } = await loggedInStaff('agent')
    const mails = mail.fake()
    const { user, http: laptop, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)

    const before = await admin.visit(`/admin/users/${user.id}/security`)
    const phoneDevice = (before.props.devices as Device[]).find(
      (d) => d.label === 'Chrome (Android)'
    )!
    const page = await admin.visit(
      (
        await admin.request('DELETE', `/admin/users/${user.id}/devices/${phoneDevice.id}`)
      ).headers.get('location')!
    )
    assert.equal(page.props.flash.success, '„Chrome (Android)“ wurde entfernt und abgemeldet.')
    assert.deepEqual(
      page.props.devices.map((d: Device) => d.label),
      ['Chrome (Linux)']
    )

    assert.equal((await phone.visit('/dashboard')).component, 'auth/login')
    assert.equal(
      (await laptop.visit('/dashboard')).component,
      'dashboard',
      'the other device goes on'
    )
    await allowMoreLinks(user.email)
    assert.equal((await requestAndConfirm(phone, mails, user.email)).component, 'auth/enter_code')

    const event = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.device_revoked')
      .first()
    assert.equal(event.actor_user_id, adminUser.id)
    assert.equal(event.meta.label, 'Chrome (Android)')
  })

  test('revoking all devices logs out every session of the person', async ({ assert }) => {
    const { http: admin } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user, http: laptop, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)

    await admin.visit(`/admin/users/${user.id}/security`)
    const page = await admin.visit(
      (await admin.request('DELETE', `/admin/users/${user.id}/devices`)).headers.get('location')!
    )
    assert.equal(
      page.props.flash.success,
      '2 Geräte wurden entfernt; alle Sitzungen wurden beendet.'
    )
    assert.lengthOf(page.props.devices, 0)
    assert.equal((await laptop.visit('/dashboard')).component, 'auth/login')
    assert.equal((await phone.visit('/dashboard')).component, 'auth/login')
    assert.isNotNull(
      (await db.from('users').where('id', user.id).first()).totp_secret,
      'the 2FA itself stays'
    )
    const event = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.devices_revoked_all')
      .first()
    assert.equal(event.meta.count, 2)
  })

  test("a device of another person is not found through this person's page", async ({ assert }) => {
    const { http: admin } = await loggedInStaff('admin')
    const mails = mail.fake()
    const { user } = await loggedInCustomer(mails)
    const { user: other } = await loggedInCustomer(mails, 'Fremd GmbH')
    const foreign = await db.from('trusted_devices').where('user_id', other.id).first()

    for (const id of [foreign.id, 'abc', '99999999999']) {
      const response = await admin.request('DELETE', `/admin/users/${user.id}/devices/${id}`)
      assert.equal(response.status, 404, String(id))
    }
    assert.isNull((await db.from('trusted_devices').where('id', foreign.id).first()).revoked_at)
  })
})
