/**
 * First-run helper for `npm run dev`: when there is no .env, copy
 * .env.example and fill in a fresh random APP_KEY. Plain JavaScript on
 * purpose: it must run before the app (and its env validation) can boot.
 */
import { createECDH, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const envFile = new URL('../.env', import.meta.url)
if (!existsSync(envFile)) {
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
  const key = randomBytes(32).toString('base64url')
  // A VAPID key pair for push notifications (docs/push.md): P-256, base64url like web-push's.
  // (web-push wants exactly 32 bytes of private key; a leading zero byte would be dropped)
  let vapid
  do {
    vapid = createECDH('prime256v1')
    vapid.generateKeys()
  } while (vapid.getPrivateKey().length !== 32)
  const content = example
    .replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`)
    .replace(/^# VAPID_PUBLIC_KEY=.*$/m, `VAPID_PUBLIC_KEY=${vapid.getPublicKey('base64url')}`)
    .replace(/^# VAPID_PRIVATE_KEY=.*$/m, `VAPID_PRIVATE_KEY=${vapid.getPrivateKey('base64url')}`)
  writeFileSync(envFile, content, { mode: 0o600 })
  console.log(
    'Created .env with a new APP_KEY (keep it: it encrypts the 2FA secrets) and VAPID keys for push.'
  )
}
