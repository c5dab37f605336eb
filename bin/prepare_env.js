/**
 * First-run helper for `npm run dev`: when there is no .env, copy
 * .env.example and fill in a fresh random APP_KEY. Plain JavaScript on
 * purpose: it must run before the app (and its env validation) can boot.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const envFile = new URL('../.env', import.meta.url)
if (!existsSync(envFile)) {
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
  const key = randomBytes(32).toString('base64url')
  writeFileSync(envFile, example.replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`), { mode: 0o600 })
  console.log('Created .env with a new APP_KEY (keep it: it encrypts the 2FA secrets).')
}
