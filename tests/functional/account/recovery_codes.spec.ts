import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import RecoveryCodes from '#services/recovery_codes'
import {
  ageLogin,
  allowMoreLinks,
  enrolWithCodes,
  loggedInCustomer,
  PHONE,
  TABLET,
  wrongCode,
} from '#tests/functional/account/support'

const CODE_FORMAT = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/

/** A second browser of the user at the code step. */
async function atCodeStep(mails: ReturnType<typeof mail.fake>, email: string, userAgent = PHONE) {
  await allowMoreLinks(email)
  const http = new HttpClient(userAgent)
  const page = await requestAndConfirm(http, mails, email)
  if (page.component !== 'auth/enter_code')
    throw new Error(`expected the code page, got ${page.component}`)
  return http
}

test.group('Recovery codes | after the 2FA setup', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('10 codes are shown once between setup and the start page, and stored only as hashes', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const { codes, page } = await enrolWithCodes(http, mails, user.email)

    assert.equal(page.component, 'auth/recovery_codes')
    assert.lengthOf(codes, 10)
    assert.lengthOf(new Set(codes), 10, 'no code twice in a set')
    for (const code of codes) assert.match(code, CODE_FORMAT)

    const rows = await db.from('recovery_codes').where('user_id', user.id)
    assert.lengthOf(rows, 10)
    const stored = JSON.stringify(rows)
    for (const code of codes) {
      assert.notInclude(stored, code)
      assert.notInclude(stored, code.replace('-', ''))
    }
    for (const row of rows) assert.match(row.code_hash, /^[0-9a-f]{64}$/)
    assert.isTrue(rows.every((row) => row.used_at === null))

    // Logged in already: "Ich habe sie gespeichert" leads on, a reload shows no codes again.
    assert.equal((await http.visit('/dashboard')).component, 'dashboard')
    const reload = await http.visit('/login/setup')
    assert.equal(reload.component, 'dashboard')
    assert.notProperty(reload.props, 'codes')
    const generated = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.recovery_codes_generated')
    assert.lengthOf(generated, 1)
  })
})

test.group('Recovery codes | at the code step', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a recovery code logs in once, trusts the device and is then spent', async ({ assert }) => {
    const mails = mail.fake()
    const { user, codes } = await loggedInCustomer(mails)

    const phone = await atCodeStep(mails, user.email)
    const dashboard = await phone.submit('/login/code', { recoveryCode: codes[3].toUpperCase() })
    assert.equal(dashboard.component, 'dashboard')
    assert.equal(
      dashboard.props.flash.success,
      'Du hast dich mit einem Wiederherstellungscode angemeldet. Du hast noch 9 Codes.'
    )
    assert.equal(
      await db
        .from('recovery_codes')
        .where('user_id', user.id)
        .whereNotNull('used_at')
        .count('* as n')
        .then(([r]) => Number(r.n)),
      1
    )

    const used = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.recovery_code_used')
      .first()
    assert.equal(used.meta.count, 9)
    const completed = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'login.completed')
      .orderBy('id', 'desc')
      .first()
    assert.equal(completed.meta.method, 'recovery_code')

    // The phone is trusted now: the link alone is enough.
    await phone.submit('/logout', {})
    await allowMoreLinks(user.email)
    assert.equal((await requestAndConfirm(phone, mails, user.email)).component, 'dashboard')

    // The same code a second time does not work.
    const tablet = await atCodeStep(mails, user.email, TABLET)
    const again = await tablet.submit('/login/code', { recoveryCode: codes[3] })
    assert.equal(again.component, 'auth/enter_code')
    assert.equal(
      again.props.errors.recoveryCode,
      'Dieser Wiederherstellungscode stimmt nicht oder wurde schon verwendet. Du hast noch 4 Versuche.'
    )
    assert.notProperty(again.props.errors, 'code')
    const failed = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', '2fa.failed')
      .first()
    assert.equal(failed.meta.kind, 'recovery')

    // Another code of the set still works.
    assert.equal(
      (await tablet.submit('/login/code', { recoveryCode: codes[4] })).component,
      'dashboard'
    )
  })

  test('a malformed recovery code gets a format message and is not counted as a guess', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user } = await loggedInCustomer(mails)
    const phone = await atCodeStep(mails, user.email)

    const typo = await phone.submit('/login/code', { recoveryCode: 'abc0-1lio' })
    assert.equal(typo.component, 'auth/enter_code')
    assert.match(typo.props.errors.recoveryCode, /^Ein Wiederherstellungscode hat 8 Zeichen/)
    const empty = await phone.submit('/login/code', { recoveryCode: '' })
    assert.equal(empty.props.errors.recoveryCode, 'Bitte fülle dieses Feld aus.')
    const long = await phone.submit('/login/code', { recoveryCode: 'x'.repeat(41) })
    assert.exists(long.props.errors.recoveryCode)
    const odd = await phone.request('POST', '/login/code', {
      body: { recoveryCode: { nested: true } },
    })
    assert.oneOf(odd.status, [302, 303], 'a non-string is a validation error, not a 500')

    const failures = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', '2fa.failed')
    assert.lengthOf(failures, 0)
  })

  test('wrong recovery codes count towards the per-attempt limit', async ({ assert }) => {
    const mails = mail.fake()
    const { user, codes } = await loggedInCustomer(mails)
    const phone = await atCodeStep(mails, user.email)

    for (let i = 0; i < 4; i++) await phone.submit('/login/code', { recoveryCode: 'zzzz-zzzz' })
    const fifth = await phone.submit('/login/code', { recoveryCode: 'zzzz-zzzz' })
    assert.equal(fifth.component, 'auth/login')
    assert.equal(
      fifth.props.flash.error,
      'Zu viele falsche Codes. Bitte fordere einen neuen Anmeldelink an.'
    )

    const retry = await phone.submit('/login/code', { recoveryCode: codes[0] })
    assert.equal(
      retry.component,
      'auth/login',
      'even a right code no longer works for this attempt'
    )
    const unused = await db.from('recovery_codes').where('user_id', user.id).whereNull('used_at')
    assert.lengthOf(unused, 10, 'no code was spent')
  })

  test('TOTP and recovery-code failures share the account lock; a right code waits and is not spent', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, secret, codes } = await loggedInCustomer(mails)
    const bad = wrongCode(secret)

    const first = await atCodeStep(mails, user.email)
    for (let i = 0; i < 4; i++) await first.submit('/login/code', { code: bad })
    const second = await atCodeStep(mails, user.email)
    for (let i = 0; i < 4; i++) await second.submit('/login/code', { recoveryCode: 'zzzz-zzzz' })
    const third = await atCodeStep(mails, user.email)
    const ninth = await third.submit('/login/code', { recoveryCode: 'zzzz-zzzz' })
    assert.equal(
      ninth.props.errors.recoveryCode,
      'Dieser Wiederherstellungscode stimmt nicht oder wurde schon verwendet. Du hast noch einen Versuch.'
    )
    const tenth = await third.submit('/login/code', { code: bad })
    assert.match(tenth.props.errors.code, /^Zu viele falsche Codes für dieses Konto/)

    const right = await third.submit('/login/code', { recoveryCode: codes[0] })
    assert.equal(right.component, 'auth/enter_code')
    assert.match(
      right.props.errors.recoveryCode,
      /^Zu viele falsche Codes für dieses Konto\. Bitte versuche es in \d+ Minuten erneut\.$/
    )
    const unused = await db.from('recovery_codes').where('user_id', user.id).whereNull('used_at')
    assert.lengthOf(unused, 10, 'the right code was not spent while locked')
  }).timeout(60000)

  test('with few codes left the start page says so', async ({ assert }) => {
    const mails = mail.fake()
    const { user, codes } = await loggedInCustomer(mails)
    // Only the first three codes are left unused.
    const keep = codes.slice(0, 3).map((code) => RecoveryCodes.hash(RecoveryCodes.normalize(code)!))
    await db
      .from('recovery_codes')
      .where('user_id', user.id)
      .whereNotIn('code_hash', keep)
      .update({ used_at: new Date() })

    const phone = await atCodeStep(mails, user.email)
    const page = await phone.submit('/login/code', { recoveryCode: codes[0] })
    assert.equal(page.component, 'dashboard')
    assert.equal(
      page.props.flash.error,
      'Du hast dich mit einem Wiederherstellungscode angemeldet. Du hast nur noch 2 Codes – erzeuge bitte auf der Seite „Mein Konto“ neue.'
    )
  })
})

test.group('Recovery codes | on the account page', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('new codes are shown once and the old set stops working', async ({ assert }) => {
    const mails = mail.fake()
    const { user, http, codes: oldCodes } = await loggedInCustomer(mails)

    const account = await http.visit('/account')
    assert.deepEqual(account.props.recoveryCodes, { left: 10, total: 10, hasSet: true, low: false })

    const page = await http.submit('/account/recovery-codes', {})
    assert.equal(page.component, 'account/recovery_codes')
    const newCodes = page.props.codes as string[]
    assert.lengthOf(newCodes, 10)
    assert.notSameMembers(newCodes, oldCodes)
    assert.lengthOf(await db.from('recovery_codes').where('user_id', user.id), 10, 'one set only')
    assert.isNull(
      (await http.visit('/account')).props.codes ?? null,
      'the account page never carries codes'
    )
    const reload = await http.visit('/account/recovery-codes')
    assert.equal(reload.component, 'account/show', 'a reload of the codes page shows no codes')

    const phone = await atCodeStep(mails, user.email)
    const old = await phone.submit('/login/code', { recoveryCode: oldCodes[0] })
    assert.exists(old.props.errors.recoveryCode, 'an old code is refused')
    assert.equal(
      (await phone.submit('/login/code', { recoveryCode: newCodes[0] })).component,
      'dashboard'
    )

    const generated = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', 'security.recovery_codes_generated')
    assert.lengthOf(generated, 2)
  })

  test('a login older than 15 minutes types the code again before new codes are made', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http, secret, codes } = await loggedInCustomer(mails)
    await ageLogin(user.id, 20)

    const account = await http.visit('/account')
    assert.isTrue(account.props.stepUpNeeded)
    const refused = await http.submit('/account/recovery-codes', {})
    assert.equal(refused.component, 'account/show')
    assert.equal(
      refused.props.flash.error,
      'Bitte bestätige zuerst mit dem aktuellen Code aus deiner App, dass du es bist.'
    )
    const stored = await db.from('recovery_codes').where('user_id', user.id).whereNull('used_at')
    assert.lengthOf(stored, codes.length, 'the old set still works')

    // The login's code was just spent; the app's next code (the step is cleared instead of waiting 30 s).
    await db.from('users').where('id', user.id).update({ totp_last_step: null })
    const confirmed = await http.submit('/account/confirm', { code: currentCode(secret) })
    assert.isFalse(confirmed.props.stepUpNeeded)
    const page = await http.submit('/account/recovery-codes', {})
    assert.equal(page.component, 'account/recovery_codes')
  })

  test('a user enrolled before recovery codes existed is offered to create them', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const { user, http } = await loggedInCustomer(mails)
    await db.from('recovery_codes').where('user_id', user.id).delete()

    const account = await http.visit('/account')
    assert.deepEqual(account.props.recoveryCodes, { left: 0, total: 10, hasSet: false, low: false })
    const page = await http.submit('/account/recovery-codes', {})
    assert.lengthOf(page.props.codes, 10)
    assert.equal((await http.visit('/account')).props.recoveryCodes.left, 10)
  })

  test('anonymous visitors cannot create codes', async ({ assert }) => {
    const anonymous = new HttpClient()
    await anonymous.primeCsrf()
    const response = await anonymous.request('POST', '/account/recovery-codes', { body: {} })
    assert.oneOf(response.status, [302, 303])
    assert.match(response.headers.get('location') ?? '', /\/login$/)
  })
})
