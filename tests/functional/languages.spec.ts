import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import TwoFactorResetMail from '#mails/two_factor_reset_mail'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { enrol } from '#tests/helpers/login'
import { staffClient } from '#tests/helpers/staff'

/** The subject of the last 2FA-reset mail queued for this address. */
function resetMailSubject(mails: ReturnType<typeof mail.fake>, email: string) {
  const queued = mails.mails.queued((m) => m instanceof TwoFactorResetMail && m.recipient === email)
  const last = queued.at(-1) as TwoFactorResetMail | undefined
  if (!last) throw new Error(`no reset mail for ${email}`)
  last.build()
  return String(last.message.toJSON().message.subject)
}

test.group('Languages: mails in the language the person uses', () => {
  test('the language of the login is remembered, and a switch in the portal changes it', async ({
    assert,
  }) => {
    const mails = mail.fake()
    try {
      const user = await makeCustomer('Sprachen GmbH')
      const http = new HttpClient()
      await http.visit('/login?lang=en')
      await enrol(http, mails, user.email)
      await user.refresh()
      assert.equal(user.locale, 'en')

      const german = await http.visit('/dashboard?lang=de')
      assert.equal(german.props.locale, 'de')
      await user.refresh()
      assert.equal(user.locale, 'de')
    } finally {
      mail.restore()
    }
  })

  test('a mail sent while the person is away (2FA reset) is in their language', async ({
    assert,
  }) => {
    const { http: admin } = await staffClient()
    const user = await makeCustomer('Sprachen GmbH')
    user.locale = 'en'
    await user.save()
    const german = await makeCustomer('Sprachen GmbH')

    const mails = mail.fake()
    try {
      const reason = { reason: 'Neues Telefon, alte App weg', confirm: true }
      await admin.submit(`/admin/users/${user.id}/two-factor/reset`, reason)
      await admin.submit(`/admin/users/${german.id}/two-factor/reset`, reason)
      assert.match(resetMailSubject(mails, user.email), /^Your two-factor authentication was reset/)
      assert.match(
        resetMailSubject(mails, german.email),
        /^Deine Zwei-Faktor-Authentifizierung wurde zurückgesetzt/
      )
    } finally {
      mail.restore()
    }
  })

  test('the language staff choose for an invitation becomes the new customer’s', async ({
    assert,
  }) => {
    const { http: admin } = await staffClient()
    const organization = (await makeCustomer('Einladung Sprache AG')).organizationId!
    const email = `english-${Date.now()}@kunde.test`
    mail.fake()
    try {
      await admin.visit(`/admin/organizations/${organization}`)
      await admin.submit(`/admin/organizations/${organization}/customers`, {
        email,
        name: 'Eve English',
        invite: true,
        locale: 'en',
      })
    } finally {
      mail.restore()
    }
    const added = await User.findByOrFail('email', email)
    assert.equal(added.locale, 'en')
  })
})
