import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'

/** Runs `node ace portal:reset-dev` as a developer would, with the given environment on top of the test one. */
function resetDev(env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      app.makePath('node_modules/.bin/node'),
      ['ace', 'portal:reset-dev'],
      { cwd: app.makePath(), env: { ...process.env, FORCE_COLOR: '0', ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
    )
  })
}

/**
 * Each test starts `node ace` once or twice. In a fresh copy of the project
 * (the plugin-independence run) nothing is compiled yet and one start can
 * take 15 s, so the tests get more than the default 30 s.
 */
test.group('portal:reset-dev', (group) => {
  let folder: string
  group.each.setup(async () => {
    folder = await mkdtemp(join(tmpdir(), 'portal-pgdata-'))
    await mkdir(join(folder, 'base'))
    await writeFile(join(folder, 'base', 'PG_VERSION'), '17')
    return () => rm(folder, { recursive: true, force: true })
  })

  test('deletes the embedded database folder, so the next npm run dev starts fresh', async ({
    assert,
  }) => {
    const result = await resetDev({
      DB_HOST: '',
      EMBEDDED_DB_DIR: folder,
      EMBEDDED_DB_PORT: '54391',
    })
    assert.equal(result.code, 0, result.output)
    assert.include(result.output, 'npm run dev creates the database and the demo data again')
    assert.isFalse(existsSync(folder))
  }).timeout(120_000)

  test('refuses while npm run dev holds the database, and with a PostgreSQL server', async ({
    assert,
  }) => {
    const server = createServer().listen(54392, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const busy = await resetDev({
        DB_HOST: '',
        EMBEDDED_DB_DIR: folder,
        EMBEDDED_DB_PORT: '54392',
      })
      assert.equal(busy.code, 1)
      assert.include(
        busy.output,
        'The embedded database is in use on port 54392: stop npm run dev first'
      )
    } finally {
      server.close()
    }
    const external = await resetDev({ EMBEDDED_DB_DIR: folder })
    assert.equal(external.code, 1)
    assert.include(external.output, 'Only the embedded development database can be reset')
    assert.isTrue(existsSync(join(folder, 'base', 'PG_VERSION')))
  }).timeout(120_000)
})
