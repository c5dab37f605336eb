import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { launchChromium } from '#tests/helpers/chromium'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import {
  freePort,
  startInstance,
  stopAll,
  type Instance,
  smtpEnv,
} from '#tests/helpers/production/instance'
import { HttpClient } from '#tests/helpers/production/login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'

async function probe(instance: Instance, path: string) {
  const response = await fetch(`${instance.url}${path}`)
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  }
}

/**
 * What proxies, orchestrators and operators rely on: the health endpoints,
 * an honest "not ready" (pending migrations, no database), the visitor's 503
 * page when the database is away, and a SIGTERM that lets running requests
 * and jobs finish before the process exits 0.
 */
test.group('Production | health, failures and shutdown', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let env: Record<string, string>
  const instances: Instance[] = []
  const databases: ProductionDatabase[] = []

  group.teardown(async () => {
    await stopAll(instances)
    await smtp?.close()
    for (const database of [db, ...databases]) await database?.close()
  })

  group.setup(async () => {
    db = await createDatabase('health')
    // A slow mail server: each message takes 2 s, so a job can be caught in the middle.
    smtp = await startSmtpServer({ delayMs: 2000 })
    env = { ...db.env, ...smtpEnv(smtp) }
    await builtAce(['migration:run', '--force'], env)
    await builtAce(['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH'], env)
    await builtAce(['portal:allow', 'rita@firma.test', '--org', 'Firma GmbH'], env)
  })

  test('/health/live and /health/ready answer JSON, set no cookie and write no session', async ({
    assert,
  }) => {
    const instance = await startInstance('ready', env)
    instances.push(instance)
    const [{ total: before }] = await db.query('SELECT count(*)::int AS total FROM sessions')

    const live = await probe(instance, '/health/live')
    assert.equal(live.status, 200)
    assert.deepEqual(live.body, { status: 'ok' })
    const ready = await probe(instance, '/health/ready')
    assert.equal(ready.status, 200)
    assert.equal(ready.body.status, 'ok')
    assert.sameMembers(Object.keys(ready.body.checks), [
      'database',
      'migrations',
      'queue',
      'storage',
    ])
    for (const response of [live, ready]) {
      assert.match(response.headers.get('content-type') ?? '', /application\/json/)
      assert.isNull(response.headers.get('set-cookie'))
      assert.equal(response.headers.get('cache-control'), 'no-store')
    }
    const [{ total: after }] = await db.query('SELECT count(*)::int AS total FROM sessions')
    assert.equal(after, before)
  })

  test('pending migrations: alive but not ready, until the operator migrates', async ({
    assert,
  }) => {
    const empty = await createDatabase('unmigrated')
    databases.push(empty)
    const instance = await startInstance(
      'unmigrated',
      { ...env, ...empty.env },
      { waitFor: '/health/live' }
    )
    instances.push(instance)

    const ready = await probe(instance, '/health/ready')
    assert.equal(ready.status, 503)
    assert.equal(ready.body.status, 'error')
    assert.equal(ready.body.checks.migrations.status, 'error')
    assert.equal(ready.body.checks.database.status, 'ok')

    await builtAce(['migration:run', '--force'], { ...env, ...empty.env })
    // The migrations check is cached for 10 s: readiness follows within that.
    for (
      const started = Date.now();
      (await probe(instance, '/health/ready')).status !== 200;
      await sleep(500)
    ) {
      if (Date.now() - started > 15_000) assert.fail('not ready 15 s after the migrations ran')
    }

    // The worker started with the process despite the missing tables, and works now.
    await builtAce(['portal:allow', 'nina@firma.test', '--org', 'Firma GmbH'], {
      ...env,
      ...empty.env,
    })
    const http = new HttpClient()
    http.baseUrl = instance.url
    await http.primeCsrf()
    await http.submit('/login', { email: 'nina@firma.test' })
    await smtp.waitFor('nina@firma.test', { timeoutMs: 20_000 })
    assert.isTrue(instance.lines.some((line) => line.includes('could not be scheduled yet')))
  })

  test('the database is away: not ready, and visitors get the 503 page without a stack trace', async ({
    assert,
  }) => {
    const instance = await startInstance(
      'no-database',
      { ...env, DB_PORT: String(await freePort()) },
      { waitFor: '/health/live' }
    )
    instances.push(instance)

    const ready = await probe(instance, '/health/ready')
    assert.equal(ready.status, 503)
    assert.equal(ready.body.checks.database.status, 'error')
    assert.notMatch(
      JSON.stringify(ready.body),
      /ECONNREFUSED|127\.0\.0\.1/,
      'no internals in the answer'
    )

    const page = await fetch(`${instance.url}/login`, { headers: { Accept: 'text/html' } })
    const html = await page.text()
    assert.equal(page.status, 503)
    assert.equal(page.headers.get('retry-after'), '30')
    const data = /<script data-page="app" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1]
    assert.equal(JSON.parse(data ?? '{}').component, 'errors/unavailable', "the portal's own page")
    assert.notMatch(html, /node_modules|ECONNREFUSED|at async|\.ts:\d+/)
    // As a person sees it: the portal's layout, in German, a way to try again.
    const browser = await launchChromium()
    try {
      const tab = await browser.newPage({ locale: 'de-DE' })
      await tab.goto(`${instance.url}/login`)
      await tab.getByRole('heading', { name: 'Gleich wieder da' }).waitFor()
      assert.isTrue(await tab.getByRole('link', { name: 'Erneut versuchen' }).isVisible())
    } finally {
      await browser.close()
    }
    // The cause is in the log, for the operator.
    assert.isTrue(instance.lines.some((line) => line.includes('cannot be reached: answered 503')))
  })

  test('SIGTERM: a running request and a running mail job finish, then the process exits 0 within 10 s', async ({
    assert,
  }) => {
    // The only worker on this database: earlier instances would take mails too.
    for (const earlier of instances) await earlier.terminate()
    const instance = await startInstance('draining', env)
    instances.push(instance)
    const first = new HttpClient()
    first.baseUrl = instance.url
    await first.primeCsrf()
    await first.submit('/login', { email: 'karl@firma.test' })
    // Once the worker has taken the mail, the slow SMTP server keeps it busy for 2 s.
    for (const started = Date.now(); ; await sleep(100)) {
      const [row] = await db.query(
        `SELECT status FROM mail_deliveries WHERE recipient = 'karl@firma.test'`
      )
      if (row?.status === 'sending') break
      if (Date.now() - started > 10_000) assert.fail('the worker did not take the mail within 10 s')
    }

    const second = new HttpClient()
    second.baseUrl = instance.url
    await second.primeCsrf()
    const running = second.request('POST', '/login', { body: { email: 'rita@firma.test' } })
    await sleep(50)
    const stopped = instance.terminate()

    const answer = await running
    assert.equal(answer.status, 302, 'the request under way was answered')
    const { code, ms } = await stopped
    assert.equal(code, 0)
    assert.isBelow(ms, 10_000)

    // The job under way finished: the mail went out and is recorded as sent.
    assert.lengthOf(smtp.to('karl@firma.test'), 1)
    const [karl] = await db.query(
      `SELECT status FROM mail_deliveries WHERE recipient = 'karl@firma.test'`
    )
    assert.equal(karl.status, 'sent')
    // The mail handed off while stopping is kept for the next worker (or was sent, if the worker took it in time).
    const [rita] = await db.query(
      `SELECT status FROM mail_deliveries WHERE recipient = 'rita@firma.test'`
    )
    assert.oneOf(rita.status, ['queued', 'sent'])
    // No connection is accepted any more.
    await assert.rejects(() => fetch(`${instance.url}/health/live`))
  })
})
