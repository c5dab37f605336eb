import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import NewDeviceMail from '#mails/new_device_mail'
import { requestAndConfirm } from '#tests/helpers/login'
import {
  allowMoreLinks,
  loggedInCustomer,
  logInOnNewDevice,
  PHONE,
  TABLET,
} from '#tests/functional/account/support'

type Device = {
  id: number
  label: string
  current: boolean
  createdAt: string
  lastSeenAt: string
  expiresAt: string
}

test.group('Account | trusted devices', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the account page lists my devices with label, dates and "Dieses Gerät"', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)

    const page = await http.visit('/account')
    assert.equal(page.component, 'account/show')
    const devices = page.props.devices as Device[]
    assert.lengthOf(devices, 2)
    assert.sameMembers(
      devices.map((d) => d.label),
      ['Chrome (Linux)', 'Chrome (Android)']
    )
    assert.isTrue(devices.find((d) => d.label === 'Chrome (Linux)')!.current)
    assert.isFalse(devices.find((d) => d.label === 'Chrome (Android)')!.current)
    for (const device of devices) {
      assert.sameMembers(Object.keys(device), [
        'id',
        'label',
        'createdAt',
        'lastSeenAt',
        'expiresAt',
        'current',
      ])
      const days = (Date.parse(device.expiresAt) - Date.parse(device.createdAt)) / 86_400_000
      assert.closeTo(days, 30, 0.01)
    }
    const onPhone = (await phone.visit('/account')).props.devices as Device[]
    assert.isTrue(onPhone.find((d) => d.label === 'Chrome (Android)')!.current)
  })

  test('removing another device logs it out at once and it needs the code again', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)
    const phoneDevice = (await http.visit('/account')).props.devices.find(
      (d: Device) => !d.current
    ) as Device

    const page = await http.request('DELETE', `/account/devices/${phoneDevice.id}`)
    assert.oneOf(page.status, [302, 303])
    const after = await http.visit('/account')
    assert.equal(after.props.flash.success, '„Chrome (Android)“ wurde entfernt und abgemeldet.')
    assert.lengthOf(after.props.devices, 1, 'this device stays')

    assert.equal(
      (await phone.visit('/dashboard')).component,
      'auth/login',
      'the phone is logged out on its next request'
    )
    await allowMoreLinks(user.email)
    assert.equal(
      (await requestAndConfirm(phone, mails, user.email)).component,
      'auth/enter_code',
      'and needs the code again'
    )

    const revoked = await db.from('trusted_devices').where('id', phoneDevice.id).first()
    assert.isNotNull(revoked.revoked_at)
    const event = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.device_revoked')
      .first()
    assert.equal(event.meta.label, 'Chrome (Android)')
    assert.isNull(event.actor_user_id)
  })

  test('removing this device logs me out here', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)
    const current = (await http.visit('/account')).props.devices.find(
      (d: Device) => d.current
    ) as Device

    const response = await http.request('DELETE', `/account/devices/${current.id}`)
    assert.match(
      response.headers.getSetCookie().join('\n'),
      /portal_device=;|portal_device=[^;]*;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i
    )
    const page = await http.visit(response.headers.get('location')!)
    assert.equal(page.component, 'auth/login')
    assert.match(
      page.props.flash.success ?? '',
      /^Dieses Gerät wurde entfernt und du bist abgemeldet/
    )
    assert.equal((await http.visit('/account')).component, 'auth/login')
    assert.equal(
      (await phone.visit('/account')).component,
      'account/show',
      'the other device stays logged in'
    )

    await allowMoreLinks(user.email)
    assert.equal((await requestAndConfirm(http, mails, user.email)).component, 'auth/enter_code')
  })

  test('removing all devices logs me out everywhere', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    const phone = await logInOnNewDevice(mails, user, secret, PHONE)
    await http.visit('/account')

    const page = await http.visit(
      (await http.request('DELETE', '/account/devices')).headers.get('location')!
    )
    assert.equal(page.component, 'auth/login')
    assert.match(page.props.flash.success ?? '', /^Alle deine Geräte wurden entfernt/)
    assert.equal((await phone.visit('/dashboard')).component, 'auth/login')
    const active = await db
      .from('trusted_devices')
      .where('user_id', user.id)
      .whereNull('revoked_at')
    assert.lengthOf(active, 0)
    const event = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.devices_revoked_all')
      .first()
    assert.equal(event.meta.count, 2)
  })

  test("another person's device, or an id that is none, is not found", async ({ assert }) => {
    const mails = mail.fake()
    const { http } = await loggedInCustomer(mails)
    const { user: other } = await loggedInCustomer(mails, 'Andere GmbH')
    const foreign = await db.from('trusted_devices').where('user_id', other.id).first()

    for (const id of [foreign.id, 'abc', '0', '99999999999', '1.5']) {
      const response = await http.request('DELETE', `/account/devices/${id}`)
      assert.equal(response.status, 404, `DELETE /account/devices/${id}`)
    }
    assert.isNull((await db.from('trusted_devices').where('id', foreign.id).first()).revoked_at)
  })

  test('removing a device twice is harmless and logged once', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    await logInOnNewDevice(mails, user, secret, PHONE)
    const phoneDevice = (await http.visit('/account')).props.devices.find(
      (d: Device) => !d.current
    ) as Device
    await http.request('DELETE', `/account/devices/${phoneDevice.id}`)
    const second = await http.request('DELETE', `/account/devices/${phoneDevice.id}`)
    assert.oneOf(second.status, [302, 303])
    const events = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.device_revoked')
    assert.lengthOf(events, 1)
  })
})

test.group('Account | new-device mail', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a new device brings a mail with device, time and IP; a trusted device brings none', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http, secret } = await loggedInCustomer(mails)
    const newDeviceMails = () =>
      mails.mails.queued((m) => m instanceof NewDeviceMail && m.recipient === user.email)
    assert.lengthOf(newDeviceMails(), 1, 'the first device, at the 2FA setup')

    await logInOnNewDevice(mails, user, secret, TABLET)
    assert.lengthOf(newDeviceMails(), 2)
    const message = newDeviceMails().at(-1) as NewDeviceMail
    assert.equal(message.device.label, 'Safari (iOS)')
    assert.match(message.device.ip, /127\.0\.0\.1|::1/)
    await message.buildWithContents()
    const { html, text, subject } = message.message.toJSON().message as {
      html: string
      text: string
      subject: string
    }
    assert.equal(subject, 'Neues Gerät angemeldet – Testportal')
    assert.include(text, 'Safari (iOS)')
    assert.include(
      text,
      'Warst du das nicht? Melde dich bitte sofort bei uns unter support@example.test.'
    )
    assert.include(html, 'Safari (iOS)')

    // The first browser is trusted: the link alone, and no mail.
    await http.submit('/logout', {})
    await allowMoreLinks(user.email)
    assert.equal((await requestAndConfirm(http, mails, user.email)).component, 'dashboard')
    assert.lengthOf(newDeviceMails(), 2)
  })

  test('both security mails exist in English too', async ({ assert }) => {
    const { DateTime } = await import('luxon')
    const { default: TwoFactorResetMail } = await import('#mails/two_factor_reset_mail')
    const person = { email: 'anna@kunde.test', name: 'Anna' }

    const device = new NewDeviceMail(
      person,
      { label: 'Firefox (Windows)', at: DateTime.now(), ip: '203.0.113.9' },
      'en'
    )
    await device.buildWithContents()
    const deviceMessage = device.message.toJSON().message as { subject: string; text: string }
    assert.equal(deviceMessage.subject, 'New device signed in – Testportal')
    assert.include(
      deviceMessage.text,
      'Was it not you? Please contact us at once at support@example.test.'
    )
    assert.include(deviceMessage.text, '203.0.113.9')

    const reset = new TwoFactorResetMail(person, 'en')
    await reset.buildWithContents()
    const resetMessage = reset.message.toJSON().message as {
      subject: string
      text: string
      html: string
    }
    assert.equal(resetMessage.subject, 'Your two-factor authentication was reset – Testportal')
    assert.include(
      resetMessage.text,
      'At your next sign-in you set up the authenticator app again.'
    )
    assert.include(resetMessage.html, 'http://localhost:')
  })
})
