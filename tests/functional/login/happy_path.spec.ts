import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Allowlist from '#services/allowlist'
import HttpClient from '#tests/helpers/http_client'
import { currentCode, enrol, requestAndConfirm } from '#tests/helpers/login'

test.group('Login | the seed path', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())

  test('a new customer: email, link, TOTP setup, dashboard', async ({ assert, cleanup }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    await Allowlist.allowCustomer({
      email: 'Anna@Kunde.de',
      organization: 'Kunde GmbH',
      name: 'Anna Kunde',
    })
    const http = new HttpClient()

    const login = await http.visit('/')
    assert.equal(login.component, 'auth/login')

    const setup = await requestAndConfirm(http, mails, 'anna@kunde.de')
    assert.equal(setup.component, 'auth/setup_totp')
    assert.match(setup.props.secret, /^[A-Z2-7]{32}$/)
    assert.match(setup.props.otpauthUri, /^otpauth:\/\/totp\/Testportal:anna%40kunde\.de\?secret=/)
    assert.match(setup.props.qrDataUrl, /^data:image\/png;base64,/)

    // After the setup: the recovery codes, shown once, then on to the start page.
    const codes = await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    assert.equal(codes.component, 'auth/recovery_codes')
    assert.lengthOf(codes.props.codes, 10)
    const dashboard = await http.visit('/dashboard')
    assert.equal(dashboard.component, 'dashboard')
    assert.equal(dashboard.props.user.name, 'Anna Kunde')
    assert.equal(dashboard.props.user.organization.name, 'Kunde GmbH')
    assert.notProperty(dashboard.props.user, 'totpSecret')

    const user = await db.from('users').where('email', 'anna@kunde.de').first()
    assert.equal(user.status, 'active')
    assert.isNotNull(user.totp_secret)
    assert.notInclude(user.totp_secret, setup.props.secret, 'secret is encrypted at rest')
  })

  test('a known device later needs only the link; a new device needs the code', async ({
    assert,
    cleanup,
  }) => {
    const mails = mail.fake()
    cleanup(() => mail.restore())
    await Allowlist.allowCustomer({ email: 'ben@kunde.de', organization: 'Kunde GmbH' })
    const laptop = new HttpClient()
    const secret = await enrol(laptop, mails, 'ben@kunde.de')

    await laptop.submit('/logout', {})
    assert.equal((await laptop.visit('/dashboard')).component, 'auth/login')

    const again = await requestAndConfirm(laptop, mails, 'ben@kunde.de')
    assert.equal(again.component, 'dashboard')

    const phone = new HttpClient(
      'Mozilla/5.0 (Linux; Android 15) Chrome/156.0 Mobile Safari/537.36'
    )
    const codePage = await requestAndConfirm(phone, mails, 'ben@kunde.de')
    assert.equal(codePage.component, 'auth/enter_code')
    const dashboard = await phone.submit('/login/code', { code: currentCode(secret, 1) })
    assert.equal(dashboard.component, 'dashboard')

    const devices = await db
      .from('trusted_devices')
      .whereIn('user_id', db.from('users').select('id').where('email', 'ben@kunde.de'))
    assert.lengthOf(devices, 2)
    assert.sameMembers(
      devices.map((d) => d.label),
      ['Chrome (Linux)', 'Chrome (Android)']
    )
  })
})
