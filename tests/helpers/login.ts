import type { FakeMailer } from '@adonisjs/mail'
import MagicLinkMail from '#mails/magic_link_mail'
import type HttpClient from '#tests/helpers/http_client'
import type { InertiaPage } from '#tests/helpers/http_client'
import { currentCode, tokenFromPath } from '#tests/helpers/totp_codes'

export { currentCode, tokenFromPath }

/** The path of the link in the last magic-link mail queued for this address (mail must be faked). */
export function lastMagicLinkPath(mails: FakeMailer, email: string) {
  const queued = mails.mails.queued((m) => m instanceof MagicLinkMail && m.recipient === email)
  const last = queued.at(-1) as MagicLinkMail | undefined
  if (!last) throw new Error(`no magic-link mail queued for ${email}`)
  return new URL(last.link).pathname
}

/** Step 1 + 2: request the link and confirm it; returns the page after confirming. */
export async function requestAndConfirm(
  http: HttpClient,
  mails: FakeMailer,
  email: string
): Promise<InertiaPage> {
  await http.primeCsrf()
  await http.submit('/login', { email })
  const path = lastMagicLinkPath(mails, email)
  await http.visit(path)
  return http.submit('/login/link', { token: tokenFromPath(path) })
}

/** A whole first login: link, TOTP enrolment, start page (staff: the admin console). Returns the secret. */
export async function enrol(http: HttpClient, mails: FakeMailer, email: string) {
  const setup = await requestAndConfirm(http, mails, email)
  if (setup.component !== 'auth/setup_totp')
    throw new Error(`expected setup, got ${setup.component}`)
  const secret = setup.props.secret as string
  const dashboard = await http.submit('/login/setup', { code: currentCode(secret) })
  // After a first setup the recovery codes are shown once; the start page comes next.
  if (!['dashboard', 'admin/dashboard', 'auth/recovery_codes'].includes(dashboard.component))
    throw new Error(
      `expected dashboard, got ${dashboard.component}: ${JSON.stringify(dashboard.props.errors)}`
    )
  return secret
}
