import HttpClient from '#tests/helpers/http_client'
import { currentCode, tokenFromPath } from '#tests/helpers/totp_codes'
import { magicLinkIn, type TestSmtpServer } from '#tests/helpers/smtp_server'

/** What a first login showed the person: the secrets a log must never contain. */
export interface LoginSecrets {
  token: string
  secret: string
  code: string
  recoveryCodes: string[]
}

/**
 * A first login over real HTTP against built instances, the mail read from
 * the SMTP server: link requested on `requestOn`, confirmed and set up on
 * `confirmOn` (another instance, or the same). The client keeps the cookies,
 * like one browser talking to one host behind a proxy.
 */
export async function firstLoginOverHttp(
  http: HttpClient,
  smtp: TestSmtpServer,
  email: string,
  { requestOn, confirmOn = requestOn }: { requestOn: string; confirmOn?: string }
): Promise<LoginSecrets> {
  const before = smtp.to(email).length
  http.baseUrl = requestOn
  await http.primeCsrf()
  await http.submit('/login', { email })
  const mails = await smtp.waitFor(email, { count: before + 1, timeoutMs: 20_000 })
  const path = magicLinkIn(mails.at(-1)!).pathname

  http.baseUrl = confirmOn
  const confirm = await http.visit(path)
  if (confirm.props.state !== 'valid') throw new Error(`the link is ${confirm.props.state}`)
  const setup = await http.submit('/login/link', { token: tokenFromPath(path) })
  if (setup.component !== 'auth/setup_totp')
    throw new Error(`expected the 2FA setup, got ${setup.component}`)
  const secret = setup.props.secret as string
  const code = currentCode(secret)
  const shown = await http.submit('/login/setup', { code })
  if (shown.component !== 'auth/recovery_codes')
    throw new Error(`expected the recovery codes, got ${shown.component}`)
  await http.visit('/')
  return { token: tokenFromPath(path), secret, code, recoveryCodes: shown.props.codes as string[] }
}

export { HttpClient }
