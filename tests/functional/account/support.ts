import type { FakeMailer } from '@adonisjs/mail'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import portalConfig from '#config/portal'
import { sha256Hex } from '#services/secret_token'
import User from '#models/user'
import HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { makeStaff } from '#tests/helpers/staff'
import { logInDirectly } from '#tests/helpers/direct_login'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import type { StaffRole } from '#models/user'

/**
 * Logins for the account-security tests: the whole first login including
 * the recovery-codes page that follows the 2FA setup, returning the secret
 * and the codes shown. (tests/helpers/login.ts `enrol` skips past that page.)
 */
export async function enrolWithCodes(http: HttpClient, mails: FakeMailer, email: string) {
  const setup = await requestAndConfirm(http, mails, email)
  if (setup.component !== 'auth/setup_totp')
    throw new Error(`expected setup, got ${setup.component}`)
  const secret = setup.props.secret as string
  const page = await http.submit('/login/setup', { code: currentCode(secret) })
  if (page.component !== 'auth/recovery_codes')
    throw new Error(`expected the recovery codes, got ${page.component}`)
  return { secret, codes: page.props.codes as string[], page }
}

/** A customer logged in on a fresh client (one browser), with secret and recovery codes. */
export async function loggedInCustomer(
  mails: FakeMailer,
  organization = 'Sicherheit GmbH',
  userAgent?: string
) {
  const user = await makeCustomer(organization)
  const http = new HttpClient(userAgent)
  const { secret, codes } = await enrolWithCodes(http, mails, user.email)
  await user.refresh()
  return { user, http, secret, codes }
}

/**
 * A staff member logged in on a fresh client, with secret and recovery codes.
 * Directly (tests/helpers/direct_login.ts): here staff are the ones acting on
 * someone's 2FA or devices; their own login is not what these tests are about.
 */
export async function loggedInStaff(staffRole: StaffRole = 'admin') {
  return logInDirectly(await makeStaff(staffRole))
}

/**
 * The same user on another browser: link + TOTP code (a new trusted device).
 * The last accepted step is forgotten first, so several devices can log in
 * within one 30-second step (the replay rule has its own tests).
 */
export async function logInOnNewDevice(
  mails: FakeMailer,
  user: User,
  secret: string,
  userAgent: string
) {
  await db.from('users').where('id', user.id).update({ totp_last_step: null })
  await allowMoreLinks(user.email)
  const http = new HttpClient(userAgent)
  const codePage = await requestAndConfirm(http, mails, user.email)
  if (codePage.component !== 'auth/enter_code')
    throw new Error(`expected the code page, got ${codePage.component}`)
  const page = await http.submit('/login/code', { code: currentCode(secret) })
  if (!['dashboard', 'admin/dashboard'].includes(page.component))
    throw new Error(`expected the start page, got ${page.component}`)
  return http
}

/** A code that is certainly wrong for this secret right now (not within ±1 step). */
export function wrongCode(secret: string) {
  const near = new Set([-1, 0, 1].map((step) => currentCode(secret, step)))
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0')
    if (!near.has(candidate)) return candidate
  }
}

export const PHONE = 'Mozilla/5.0 (Linux; Android 15) Chrome/156.0 Mobile Safari/537.36'
export const TABLET = 'Mozilla/5.0 (iPad; CPU OS 19_0 like Mac OS X) Safari/605.1'

/**
 * Forgets the link limits of one address (3 per IP, 20 in all, in 15
 * minutes) for a test that needs more browsers of one person than that;
 * the limits have their own tests. Tests ask from 127.0.0.1.
 */
export async function allowMoreLinks(email: string) {
  const rules = portalConfig.login
  const address = sha256Hex(User.normalizeEmail(email))
  const duration = `${rules.linkRequestWindowMinutes} mins`
  await limiter
    .use({ requests: rules.maxLinkRequestsPerAddressAndIp, duration })
    .delete(`magic_link:email_ip:${address}:127.0.0.1`)
  await limiter
    .use({ requests: rules.maxLinkRequestsPerAddress, duration })
    .delete(`magic_link:email:${address}`)
}

/** As if the user logged in `minutes` ago: their sessions' start moves back (StepUp reads it). */
export async function ageLogin(userId: number, minutes: number) {
  for (const row of await db.from('sessions').where('user_id', String(userId))) {
    const stored = JSON.parse(row.data)
    stored.message.sessionStartedAt -= minutes * 60_000
    await db
      .from('sessions')
      .where('id', row.id)
      .update({ data: JSON.stringify(stored) })
  }
}
