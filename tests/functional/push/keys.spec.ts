import { execFile } from 'node:child_process'
import { createECDH } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { test } from '@japa/runner'
import webpush from 'web-push'
import { projectRoot } from '#tests/helpers/production/built_app'
import { coreOnly } from '#tests/helpers/core_only'

const run = promisify(execFile)

/** A VAPID pair web-push accepts, whose public key belongs to the private one. */
function assertKeyPair(
  assert: { equal(a: unknown, b: unknown, m?: string): void },
  publicKey: string,
  privateKey: string
) {
  const ecdh = createECDH('prime256v1')
  ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'))
  assert.equal(ecdh.getPublicKey('base64url'), publicKey, 'the public key is the private key’s')
  const headers = webpush.getVapidHeaders(
    'https://push.example.com',
    'mailto:support@example.com',
    publicKey,
    privateKey,
    'aes128gcm'
  )
  assert.equal(headers.Authorization.startsWith('vapid t='), true)
}

test.group('Push | VAPID keys for the operator', (group) => {
  coreOnly(group)
  test('node ace push:keys prints a new, valid pair and writes nothing', async ({ assert }) => {
    const { stdout } = await run(process.execPath, ['ace.js', 'push:keys'], { cwd: projectRoot })
    const publicKey = /^VAPID_PUBLIC_KEY=([\w-]+)$/m.exec(stdout)?.[1]
    const privateKey = /^VAPID_PRIVATE_KEY=([\w-]+)$/m.exec(stdout)?.[1]
    assert.exists(publicKey)
    assert.exists(privateKey)
    assertKeyPair(assert, publicKey!, privateKey!)
    const again = await run(process.execPath, ['ace.js', 'push:keys'], { cwd: projectRoot })
    assert.notInclude(again.stdout, publicKey!, 'a new pair each time')
  })

  test('the first `npm run dev` writes a pair into the new .env (bin/prepare_env.js)', async ({
    assert,
    cleanup,
  }) => {
    const folder = await mkdtemp(join(tmpdir(), 'portal-env-'))
    cleanup(() => rm(folder, { recursive: true, force: true }))
    await mkdir(join(folder, 'bin'))
    await copyFile(join(projectRoot, 'bin/prepare_env.js'), join(folder, 'bin/prepare_env.js'))
    await copyFile(join(projectRoot, '.env.example'), join(folder, '.env.example'))
    await run(process.execPath, ['bin/prepare_env.js'], { cwd: folder })
    const env = await readFile(join(folder, '.env'), 'utf8')
    const publicKey = /^VAPID_PUBLIC_KEY=([\w-]+)$/m.exec(env)?.[1]
    const privateKey = /^VAPID_PRIVATE_KEY=([\w-]+)$/m.exec(env)?.[1]
    assert.exists(publicKey)
    assert.exists(privateKey)
    assertKeyPair(assert, publicKey!, privateKey!)
  })

  test('the portal does not start with a broken VAPID setting; the error names the variable', async ({
    assert,
  }) => {
    /** Boots the app (list:routes loads every config file) with these variables changed. */
    const boot = (changes: Record<string, string>) =>
      run(process.execPath, ['ace.js', 'list:routes', '--json'], {
        cwd: projectRoot,
        env: { ...process.env, ...changes },
      }).then(
        () => 'started',
        (error: { stderr: string; stdout: string }) => `${error.stderr}${error.stdout}`
      )
    const onlyPublic = await boot({ VAPID_PRIVATE_KEY: '' })
    assert.include(onlyPublic, 'VAPID_PRIVATE_KEY: missing while VAPID_PUBLIC_KEY is set')
    const shortKey = await boot({ VAPID_PUBLIC_KEY: 'BHnpIOlxQEhkOtkSGaLzfk8' })
    assert.include(shortKey, 'VAPID_PUBLIC_KEY: not a P-256 public key')
    const subject = await boot({ VAPID_SUBJECT: 'support@example.com' })
    assert.include(subject, 'VAPID_SUBJECT: not a mailto: or https: URL')
    assert.equal(await boot({}), 'started')
    assert.equal(await boot({ VAPID_PUBLIC_KEY: '', VAPID_PRIVATE_KEY: '' }), 'started', 'push off')
  }).timeout(120_000)
})
