import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import { cleanEnv, emptyEnvFolder, projectRoot } from '#tests/helpers/production/built_app'
import { freePort } from '#tests/helpers/production/instance'

/**
 * `npm run dev` on a fresh clone: the embedded PostgreSQL starts empty and is
 * migrated before the server takes its first request, so nobody meets
 * "relation does not exist". The server here is started from the sources in
 * development, with a data folder of its own, and asked for the login page
 * from the moment it could possibly answer.
 */
test.group('The no-server default starts cleanly', () => {
  test('no request is answered before the embedded database is migrated; the first answer is the login page', async ({
    assert,
    cleanup,
  }) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'portal-pgdata-'))
    cleanup(() => rm(dataDir, { recursive: true, force: true }))
    const port = await freePort()
    const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
      cwd: projectRoot,
      env: cleanEnv({
        NODE_ENV: 'development',
        // What `node ace serve` (npm run dev) sets: Vite serves the assets from its dev server.
        DEV_MODE: 'true',
        ENV_PATH: emptyEnvFolder,
        APP_KEY: 'embedded-start-test-key-0123456789abcdef',
        HOST: 'localhost',
        PORT: String(port),
        EMBEDDED_DB_PORT: String(await freePort()),
        EMBEDDED_DB_DIR: dataDir,
        LOG_LEVEL: 'warn',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    cleanup(() => {
      child.kill('SIGKILL')
    })

    const answers: number[] = []
    for (const started = Date.now(); answers.length === 0; await sleep(25)) {
      if (child.exitCode !== null) assert.fail(`the server stopped:\n${output}`)
      if (Date.now() - started > 60_000) assert.fail(`no answer within 60 s:\n${output}`)
      const status = await fetch(`http://localhost:${port}/login`).then(
        (response) => response.status,
        () => null
      )
      if (status !== null) answers.push(status)
    }
    // A few more right after the first: still no error while the demo data settles.
    for (let i = 0; i < 5; i++) answers.push((await fetch(`http://localhost:${port}/login`)).status)
    assert.deepEqual(answers, [200, 200, 200, 200, 200, 200], output)

    child.kill('SIGTERM')
    const code = await new Promise((resolve) => child.once('exit', resolve))
    assert.equal(code, 0)
  }).timeout(90_000)
})
