import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { currentCode, enrol, requestAndConfirm } from '#tests/helpers/login'

/** A code that is certainly wrong for this secret right now (not within ±1 step). */
function wrongCode(secret: string) {
  const near = new Set([-1, 0, 1].map((step) => currentCode(secret, step)))
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0')
    if (!near.has(candidate)) return candidate
  }
}

test.group('Login | step 3: the 6-digit code', (group) => {
  group.each.setup(() => testUtils.db().wrapInGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a wrong code is refused with the attempts left, and counted', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)

    const page = await http.submit('/login/setup', { code: wrongCode(setup.props.secret) })
    assert.equal(page.component, 'auth/setup_totp')
    assert.equal(page.props.errors.code, 'Der Code stimmt nicht. Du hast noch 4 Versuche.')
    assert.equal(page.props.secret, setup.props.secret, 'the same secret is shown again')

    const notACode = await http.submit('/login/setup', { code: '12ab' })
    assert.equal(notACode.props.errors.code, 'Bitte gib den 6-stelligen Code aus deiner App ein.')
    const failures = await db
      .from('audit_events')
      .where('user_id', user.id)
      .where('event', '2fa.failed')
    assert.lengthOf(failures, 1, 'a malformed code is not a guess')
  })

  test('the code may be one step old or new, not two', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)
    const secret = setup.props.secret

    const twoOld = await http.submit('/login/setup', { code: currentCode(secret, -2) })
    if (currentCode(secret, -2) !== currentCode(secret, 0)) assert.exists(twoOld.props.errors.code)
    const oneOld = await http.submit('/login/setup', { code: currentCode(secret, -1) })
    assert.equal(oneOld.component, 'auth/recovery_codes')
  })

  test('5 wrong codes end the attempt: back to step 1', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)
    const bad = wrongCode(setup.props.secret)

    for (let i = 0; i < 4; i++) await http.submit('/login/setup', { code: bad })
    const fifth = await http.submit('/login/setup', { code: bad })
    assert.equal(fifth.component, 'auth/login')
    assert.equal(
      fifth.props.flash.error,
      'Zu viele falsche Codes. Bitte fordere einen neuen Anmeldelink an.'
    )

    const retry = await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    assert.equal(
      retry.component,
      'auth/login',
      'even the right code no longer works for this attempt'
    )
    const attempt = await db.from('login_attempts').where('user_id', user.id).first()
    assert.isNotNull(attempt.voided_at)
    assert.isNotNull(
      await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', '2fa.attempt_locked')
        .first()
    )
  })

  test('10 wrong codes per account in 15 minutes lock the account with the wait stated', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    let setup = await requestAndConfirm(http, mails, user.email)
    const secret = setup.props.secret
    const bad = wrongCode(secret)

    for (let i = 0; i < 4; i++) await http.submit('/login/setup', { code: bad })
    setup = await requestAndConfirm(http, mails, user.email)
    for (let i = 0; i < 4; i++) await http.submit('/login/setup', { code: bad })
    setup = await requestAndConfirm(http, mails, user.email)
    const ninth = await http.submit('/login/setup', { code: bad })
    assert.equal(ninth.props.errors.code, 'Der Code stimmt nicht. Du hast noch einen Versuch.')
    const tenth = await http.submit('/login/setup', { code: bad })
    assert.match(
      tenth.props.errors.code,
      /^Zu viele falsche Codes für dieses Konto\. Bitte versuche es in \d+ Minuten erneut\.$/
    )

    const right = await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    assert.equal(right.component, 'auth/setup_totp', 'the right code waits for the lock too')
    assert.match(right.props.errors.code, /Zu viele falsche Codes für dieses Konto/)
    assert.isNotNull(
      await db
        .from('audit_events')
        .where('user_id', user.id)
        .where('event', '2fa.account_locked')
        .first()
    )

    // The window moves on: failures older than 15 minutes no longer count.
    await db.rawQuery(
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
       UPDATE audit_events SET created_at = now() - interval '16 minutes' WHERE user_id = ${user.id};
       ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`
    )
    const later = await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    assert.equal(later.component, 'auth/recovery_codes')
  }).timeout(60000)

  test('a code is never accepted twice: the enrolment code and replays are refused', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const laptop = new HttpClient()
    const setup = await requestAndConfirm(laptop, mails, user.email)
    const enrolmentCode = currentCode(setup.props.secret)
    assert.equal(
      (await laptop.submit('/login/setup', { code: enrolmentCode })).component,
      'auth/recovery_codes'
    )

    const phone = new HttpClient(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 19_0 like Mac OS X) Safari/605.1'
    )
    const codePage = await requestAndConfirm(phone, mails, user.email)
    assert.equal(codePage.component, 'auth/enter_code')
    const reused = await phone.submit('/login/code', { code: enrolmentCode })
    assert.equal(
      reused.props.errors.code,
      'Dieser Code wurde schon verwendet. Bitte warte auf den nächsten Code in deiner App.'
    )

    const older = await phone.submit('/login/code', { code: currentCode(setup.props.secret, -1) })
    assert.exists(older.props.errors.code, 'a code older than the last accepted one is refused too')

    const next = await phone.submit('/login/code', { code: currentCode(setup.props.secret, 1) })
    assert.equal(next.component, 'dashboard')
    const tablet = new HttpClient('Mozilla/5.0 (iPad; CPU OS 19_0 like Mac OS X) Safari/605.1')
    await requestAndConfirm(tablet, mails, user.email)
    const replay = await tablet.submit('/login/code', { code: currentCode(setup.props.secret, 1) })
    assert.exists(replay.props.errors.code)
    assert.isNotNull(
      await db.from('audit_events').where('user_id', user.id).where('event', '2fa.replayed').first()
    )
  })

  test('link and code must be done within 15 minutes of the mail', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)
    await db
      .from('login_attempts')
      .where('user_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1) })

    const page = await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    assert.equal(page.component, 'auth/login')
    assert.equal(
      page.props.flash.error,
      'Die 15 Minuten für deine Anmeldung sind abgelaufen. Bitte fordere einen neuen Link an.'
    )
    const stored = await db.from('users').where('id', user.id).first()
    assert.isNull(stored.totp_secret, 'nothing was enrolled')
  })

  test('the setup page shows the same secret on reload and the secret never reaches the database in clear', async ({
    assert,
  }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    const http = new HttpClient()
    const setup = await requestAndConfirm(http, mails, user.email)
    const reload = await http.visit('/login/setup')
    assert.equal(reload.props.secret, setup.props.secret)
    assert.equal(reload.props.secretGroups, setup.props.secret.match(/.{4}/g)!.join(' '))

    const rows = JSON.stringify(await db.from('login_attempts').where('user_id', user.id))
    assert.notInclude(rows, setup.props.secret)
    await http.submit('/login/setup', { code: currentCode(setup.props.secret) })
    const userRow = JSON.stringify(await db.from('users').where('id', user.id))
    assert.notInclude(userRow, setup.props.secret)
  })

  test('after enrolment the code page (not setup) is used on a new device', async ({ assert }) => {
    const mails = mail.fake()
    const user = await makeCustomer()
    await enrol(new HttpClient(), mails, user.email)
    const other = new HttpClient()
    const page = await requestAndConfirm(other, mails, user.email)
    assert.equal(page.component, 'auth/enter_code')
    assert.equal((await other.visit('/login/setup')).component, 'auth/enter_code')
  })
})
