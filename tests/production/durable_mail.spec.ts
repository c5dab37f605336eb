import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { APP_KEY, builtAce, buildRoot, cleanEnv } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import {
  startInstance,
  stopAll,
  parseLogLines,
  type Instance,
  smtpEnv,
} from '#tests/helpers/production/instance'
import { HttpClient } from '#tests/helpers/production/login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'

/** "Weiter" for an address on an instance, from its own client address (so the per-IP limit is not the test's). */
async function requestLink(instance: Instance, email: string, ip: string) {
  const http = new HttpClient()
  http.baseUrl = instance.url
  await http.primeCsrf()
  const response = await http.request('POST', '/login', {
    body: { email },
    headers: { 'X-Forwarded-For': ip },
  })
  if (response.status !== 302) throw new Error(`"Weiter" for ${email} answered ${response.status}`)
}

async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs: number
) {
  for (const started = Date.now(); ; await sleep(200)) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what} did not happen within ${timeoutMs} ms`)
  }
}

/**
 * "Nothing lost": mail a request accepted survives SMTP being away and every
 * process of the portal being killed (kill -9), and two instances, each with
 * its worker, send every mail exactly once.
 */
test.group('Production | mail survives outages and crashes', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  let env: Record<string, string>
  const instances: Instance[] = []

  group.teardown(async () => {
    await stopAll(instances)
    await smtp?.close()
    await db?.close()
  })

  group.setup(async () => {
    db = await createDatabase('mail')
    smtp = await startSmtpServer()
    env = { ...db.env, ...smtpEnv(smtp) }
    await builtAce(['migration:run', '--force'], env)
    // More customers of one organization, straight into the tables (ace would take a boot each).
    await builtAce(['portal:allow', 'kunde00@firma.test', '--org', 'Firma GmbH'], env)
    await db.query(
      `INSERT INTO users (email, name, organization_id, role, status, plugin_settings, created_at, updated_at)
       SELECT format('kunde%s@firma.test', lpad(n::text, 2, '0')), format('Kunde %s', n), u.organization_id,
              'customer', 'active', '{}', now(), now()
       FROM generate_series(1, 31) AS n, (SELECT organization_id FROM users WHERE email = 'kunde00@firma.test') AS u`
    )
    instances.push(await startInstance('A', env), await startInstance('B', env))
  })

  test('SMTP away, then every process killed (kill -9): the link still arrives, once, within a minute of SMTP coming back', async ({
    assert,
    cleanup,
  }) => {
    const [a, b] = instances
    await smtp.stop()
    cleanup(() => smtp.ensureStarted())
    await requestLink(a, 'kunde00@firma.test', '10.0.0.100')

    // Tries start at once and are repeated within seconds (backoff 2 s, 4 s, ... at most 30 s).
    const retried = await waitUntil(
      'a second try',
      async () => {
        const [row] = await db.query(
          `SELECT attempts, last_error, status FROM mail_deliveries WHERE recipient = 'kunde00@firma.test'`
        )
        // Between two tries: waiting for the next one (not in the middle of one).
        return row && row.attempts >= 2 && row.status === 'queued' ? row : null
      },
      10_000
    )
    assert.match(retried.last_error, /ECONNREFUSED/)

    await a.kill()
    await b.kill()
    await a.restart()
    await b.restart()
    const back = Date.now()
    await smtp.start()

    await smtp.waitFor('kunde00@firma.test', { timeoutMs: 60_000 })
    assert.isBelow(Date.now() - back, 60_000)
    await sleep(3000)
    assert.lengthOf(smtp.to('kunde00@firma.test'), 1, 'sent exactly once')
    const [delivery] = await db.query(
      `SELECT status, message FROM mail_deliveries WHERE recipient = 'kunde00@firma.test'`
    )
    assert.equal(delivery.status, 'sent')
    assert.isNull(delivery.message)
  }).timeout(180_000)

  test('two instances, two workers: thirty links, each sent exactly once', async ({
    assert,
    cleanup,
  }) => {
    const [a, b] = instances
    const emails = Array.from(
      { length: 30 },
      (_, index) => `kunde${String(index + 1).padStart(2, '0')}@firma.test`
    )
    // A second per mail: one worker alone (5 at a time) would need 6 s, longer than the other's idle poll (2 s),
    // so both take part however fast the machine is.
    smtp.setDelay(1000)
    cleanup(() => smtp.setDelay(0))
    await Promise.all(
      emails.map((email, index) => requestLink(index % 2 ? b : a, email, `10.0.1.${index + 1}`))
    )

    await waitUntil(
      'thirty mails',
      async () => emails.every((email) => smtp.to(email).length >= 1),
      60_000
    )
    await sleep(3000)
    for (const email of emails) assert.lengthOf(smtp.to(email), 1, `mails to ${email}`)

    // Both workers did part of the work, and no delivery was sent by both.
    const sentBy = (instance: Instance) =>
      parseLogLines(instance.lines)
        .filter((entry) => entry.msg === 'mail sent')
        .map((entry) => entry.delivery as number)
    const byA = sentBy(a)
    const byB = sentBy(b)
    assert.isAbove(byA.length, 0, 'A sent some')
    assert.isAbove(byB.length, 0, 'B sent some')
    assert.lengthOf(
      byA.filter((id) => byB.includes(id)),
      0
    )
  }).timeout(120_000)

  test('QUEUE_WORKER=separate: the web process only hands off, `node ace portal:worker` sends, and SIGTERM lets its job finish', async ({
    assert,
    cleanup,
  }) => {
    // Only the web process of this test may take jobs.
    for (const instance of instances) await instance.terminate()
    const web = await startInstance('web-only', { ...env, QUEUE_WORKER: 'separate' })
    instances.push(web)
    await requestLink(web, 'kunde31@firma.test', '10.0.2.1')
    await sleep(3000)
    const [waiting] = await db.query(
      `SELECT status, attempts FROM mail_deliveries WHERE recipient = 'kunde31@firma.test'`
    )
    assert.deepEqual(waiting, { status: 'queued', attempts: 0 })

    // The worker's SMTP server takes 3 s per mail: SIGTERM arrives in the middle of the job.
    const slowSmtp = await startSmtpServer({ delayMs: 3000 })
    cleanup(() => slowSmtp.close())
    const worker = spawn(process.execPath, ['ace.js', 'portal:worker'], {
      cwd: buildRoot,
      env: cleanEnv({
        NODE_ENV: 'production',
        APP_KEY,
        LOG_LEVEL: 'info',
        ...env,
        ...smtpEnv(slowSmtp),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve))
    cleanup(() => {
      worker.kill('SIGKILL')
    })

    await waitUntil(
      'the worker taking the mail',
      async () =>
        (
          await db.query(
            `SELECT status FROM mail_deliveries WHERE recipient = 'kunde31@firma.test'`
          )
        )[0]?.status === 'sending',
      20_000
    ).catch((error) => {
      throw new Error(`${error.message}\n${output}`)
    })
    const stopping = Date.now()
    worker.kill('SIGTERM')
    const code = await Promise.race([exited, sleep(15_000).then(() => 'still running')])
    assert.equal(code, 0, output)
    assert.isBelow(Date.now() - stopping, 10_000)
    assert.lengthOf(slowSmtp.to('kunde31@firma.test'), 1, 'the job under way was finished')
    const [sent] = await db.query(
      `SELECT status FROM mail_deliveries WHERE recipient = 'kunde31@firma.test'`
    )
    assert.equal(sent.status, 'sent')
  }).timeout(90_000)
})
