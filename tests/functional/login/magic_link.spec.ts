import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { lastMagicLinkPath, tokenFromPath } from '#tests/helpers/login'

async function mailedLink(email: string) {
  const mails = mail.fake()
  const http = new HttpClient()
  await http.primeCsrf()
  await http.submit('/login', { email })
  const path = lastMagicLinkPath(mails, email)
  return { http, path, token: tokenFromPath(path) }
}

test.group('Login | step 2: the magic link', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('opening the link (as a mail scanner does) spends nothing', async ({ assert }) => {
    const user = await makeCustomer()
    const { http, path, token } = await mailedLink(user.email)

    const scanner = new HttpClient('Microsoft Defender SafeLinks')
    for (let i = 0; i < 3; i++) {
      const response = await scanner.request('GET', path, { inertia: false })
      assert.equal(response.status, 200)
      assert.equal(response.headers.get('referrer-policy'), 'same-origin')
    }
    const page = await http.visit(path)
    assert.equal(page.component, 'auth/confirm_link')
    assert.equal(page.props.state, 'valid')
    assert.equal(page.props.token, token)
    const attempt = await db.from('login_attempts').where('user_id', user.id).first()
    assert.isNull(attempt.confirmed_at)

    const confirmed = await http.submit('/login/link', { token })
    assert.equal(confirmed.component, 'auth/setup_totp')
  })

  test('a used link shows a friendly page with the way back, not a 500', async ({ assert }) => {
    const user = await makeCustomer()
    const { http, path, token } = await mailedLink(user.email)
    await http.submit('/login/link', { token })

    const other = new HttpClient()
    const shown = await other.visit(path)
    assert.equal(shown.props.state, 'invalid')
    assert.include(shown.props.message, 'schon verwendet')
    await other.primeCsrf()
    const spentAgain = await other.submit('/login/link', { token })
    assert.equal(spentAgain.component, 'auth/confirm_link')
    assert.equal(spentAgain.props.state, 'invalid')
    assert.isNull(spentAgain.props.token)
  })

  test('an expired link (15 minutes after the mail) cannot be used', async ({ assert }) => {
    const user = await makeCustomer()
    const { http, path, token } = await mailedLink(user.email)
    await db
      .from('login_attempts')
      .where('user_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1000) })

    const shown = await http.visit(path)
    assert.include(shown.props.message, 'abgelaufen')
    const spent = await http.submit('/login/link', { token })
    assert.equal(spent.props.state, 'invalid')
    assert.include(spent.props.message, 'abgelaufen')
  })

  test('unknown and tampered tokens get the friendly page', async ({ assert }) => {
    const user = await makeCustomer()
    const { http, token } = await mailedLink(user.email)
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')

    for (const candidate of [tampered, 'x', 'a'.repeat(300)]) {
      const page = await http.visit(`/login/link/${candidate}`)
      assert.equal(page.props.state, 'invalid')
      assert.include(page.props.message, 'kennen wir nicht')
    }
    const posted = await http.submit('/login/link', { token: tampered })
    assert.equal(posted.props.state, 'invalid')
    const attempt = await db.from('login_attempts').where('user_id', user.id).first()
    assert.isNull(attempt.confirmed_at, 'the real token is still unused')
  })

  test('a link for a user who was disabled meanwhile does not log in', async ({ assert }) => {
    const user = await makeCustomer()
    const { http, token } = await mailedLink(user.email)
    await db.from('users').where('id', user.id).update({ status: 'disabled' })
    const page = await http.submit('/login/link', { token })
    assert.equal(page.props.state, 'invalid')
    assert.equal((await http.visit('/login/setup')).component, 'auth/login')
  })

  test('the token of one attempt confirms only that attempt, for its own user', async ({
    assert,
  }) => {
    const anna = await makeCustomer()
    const ben = await makeCustomer()
    const first = await mailedLink(anna.email)
    await mailedLink(ben.email)

    const page = await first.http.submit('/login/link', { token: first.token })
    assert.equal(page.component, 'auth/setup_totp')
    assert.equal(page.props.email, anna.email)
    const confirmed = await db
      .from('login_attempts')
      .whereIn('user_id', [anna.id, ben.id])
      .whereNotNull('confirmed_at')
    assert.lengthOf(confirmed, 1)
    assert.equal(confirmed[0].user_id, anna.id)
  })

  test('the 2FA pages without a confirmed link send the visitor to step 1', async ({ assert }) => {
    const http = new HttpClient()
    for (const path of ['/login/setup', '/login/code']) {
      const page = await http.visit(path)
      assert.equal(page.component, 'auth/login')
      assert.equal(page.props.flash.error, 'Bitte fordere zuerst einen Anmeldelink an.')
    }
    await http.primeCsrf()
    const posted = await http.submit('/login/code', { code: '123456' })
    assert.equal(posted.component, 'auth/login')
  })
})
