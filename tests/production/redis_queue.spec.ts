import { test } from '@japa/runner'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'
import { builtAce } from '#tests/helpers/production/built_app'
import { createDatabase, type ProductionDatabase } from '#tests/helpers/production/database'
import { startInstance, stopAll, type Instance, smtpEnv } from '#tests/helpers/production/instance'
import { HttpClient } from '#tests/helpers/production/login'
import { startSmtpServer, type TestSmtpServer } from '#tests/helpers/smtp_server'

/**
 * QUEUE_DRIVER=redis, for larger installs: the jobs wait in Redis (a
 * database number of its own here, emptied first), the mail states stay in
 * PostgreSQL. Redis runs on this machine like PostgreSQL (see .ci/run).
 */
test.group('Production | jobs in Redis', (group) => {
  let db: ProductionDatabase
  let smtp: TestSmtpServer
  const instances: Instance[] = []

  group.teardown(async () => {
    await stopAll(instances)
    await smtp?.close()
    await db?.close()
  })

  group.setup(async () => {
    db = await createDatabase('redis')
    smtp = await startSmtpServer()
  })

  test('a link goes through Redis and arrives once; readiness checks Redis', async ({
    assert,
    cleanup,
  }) => {
    // ioredis comes with @adonisjs/redis.
    const redis = new Redis({ host: '127.0.0.1', port: 6379, db: 7 })
    cleanup(async () => {
      await redis.quit()
    })
    await redis.flushdb()
    const env = {
      ...db.env,
      ...smtpEnv(smtp),
      QUEUE_DRIVER: 'redis',
      REDIS_HOST: '127.0.0.1',
      REDIS_PORT: '6379',
      REDIS_DB: '7',
    }
    await builtAce(['migration:run', '--force'], env)
    await builtAce(['portal:allow', 'karl@firma.test', '--org', 'Firma GmbH'], env)
    const instance = await startInstance('redis', env)
    instances.push(instance)

    const ready = (await (await fetch(`${instance.url}/health/ready`)).json()) as any
    assert.equal(ready.checks.queue.status, 'ok')

    await smtp.stop()
    const http = new HttpClient()
    http.baseUrl = instance.url
    await http.primeCsrf()
    await http.submit('/login', { email: 'karl@firma.test' })
    // The job is in Redis, not in PostgreSQL's queue table.
    assert.isAbove((await redis.keys('*')).length, 0)
    const [{ total }] = await db.query('SELECT count(*)::int AS total FROM queue_jobs')
    assert.equal(total, 0)

    // A try meets the outage and is scheduled again, then SMTP comes back.
    for (const started = Date.now(); ; await sleep(200)) {
      const [row] = await db.query(
        `SELECT attempts FROM mail_deliveries WHERE recipient = 'karl@firma.test'`
      )
      if (row?.attempts >= 1) break
      if (Date.now() - started > 10_000) assert.fail('no try within 10 s')
    }
    await smtp.start()
    await smtp.waitFor('karl@firma.test', { timeoutMs: 30_000 })
    // The server has the mail; the worker marks it sent right after SMTP's answer reaches it.
    let delivery: { status: string; attempts: number }
    for (const started = Date.now(); ; await sleep(100)) {
      ;[delivery] = await db.query(
        `SELECT status, attempts FROM mail_deliveries WHERE recipient = 'karl@firma.test'`
      )
      if (delivery.status !== 'sending' || Date.now() - started > 10_000) break
    }
    assert.equal(delivery.status, 'sent')
    assert.isAtLeast(delivery.attempts, 2, 'the first try met the SMTP outage')
    assert.lengthOf(smtp.to('karl@firma.test'), 1)
  }).timeout(60_000)
})
