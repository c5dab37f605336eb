import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { InertiaManager } from '@adonisjs/inertia'
import mail from '@adonisjs/mail/services/main'
import { FakeMailer } from '@adonisjs/mail'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import InitializeAuthMiddleware from '@adonisjs/auth/initialize_auth_middleware'
import portalConfig from '#config/portal'
import DetectLocaleMiddleware from '#middleware/detect_locale_middleware'
import LoginAttempt from '#models/login_attempt'
import type User from '#models/user'
import Totp from '#services/totp'
import RecoveryCodes from '#services/recovery_codes'
import DeviceTrust from '#services/login/device_trust'
import completeLogin from '#services/login/complete_login'
import { recordAudit } from '#services/audit_log'
import { createSecretToken, sha256Hex } from '#services/secret_token'
import HttpClient from '#tests/helpers/http_client'

/** The headers of the synthetic request: those the client (or a browser) would send. */
export interface DirectLoginClient {
  userAgent: string
  acceptLanguage?: string
}

export interface DirectLogin {
  /** Set-Cookie headers of the login's answer: session, trusted device, XSRF-TOKEN. */
  setCookies: string[]
  /** The asset version Inertia answers with (the client would learn it from a 409). */
  inertiaVersion: string
  /** The user's TOTP secret (new when this login enrolled them). */
  secret: string
  /** The recovery codes shown after an enrolment; empty for a user who had TOTP already. */
  codes: string[]
}

/**
 * A whole login without the login flow, for tests that are not about logging
 * in. The portal's own last steps (DeviceTrust.issue, completeLogin, and for a
 * first login the TOTP enrolment and the recovery codes) run in this process
 * on a synthetic request that passes the middleware a real request passes
 * before a controller (locale, session, shield, auth); what its answer would
 * set (session cookie, device-trust cookie, XSRF-TOKEN) goes to the client.
 * The database ends as after the real flow (attempt, audit events, device,
 * TOTP, codes); only the requests, the magic-link mail and the 250 ms
 * minimum answer of "Weiter" are skipped. The mail about the new device goes
 * where the real one would: into a fake the test set up, else nowhere.
 *
 * No route leads here: it is a function of the test suite, which the test
 * server shares a process with. The login flow itself is proved over real
 * HTTP by tests/functional/login/** and the 2FA, device and recovery tests.
 */
export async function directLogin(user: User, client: DirectLoginClient): Promise<DirectLogin> {
  if (!app.inTest) throw new Error('directLogin exists for the test suite only')
  if (!user.canLogIn) throw new Error(`${user.email} may not log in (${user.status})`)

  const ctx = await syntheticRequest(client)
  let result: Pick<DirectLogin, 'secret' | 'codes'> | undefined
  await throughMiddleware(ctx, async () => {
    result = await catchingMail(() => logIn(ctx, user))
  })
  await user.refresh()

  const setCookie = ctx.response.getHeader('set-cookie')
  const inertia = (await app.container.make(InertiaManager)).createForRequest(ctx)
  return {
    setCookies: [setCookie ?? []].flat().map(String),
    inertiaVersion: inertia.getVersion(),
    ...result!,
  }
}

/**
 * The user logged in on an HttpClient (a new one unless given), as after a
 * real login: authenticated session with 2FA passed, trusted device, CSRF
 * cookie, Inertia version, and on the start page the login leads to (the
 * Referer of the next request, where `redirect().back()` goes).
 */
export async function logInDirectly(user: User, http = new HttpClient()) {
  const login = await directLogin(user, {
    userAgent: http.userAgent,
    acceptLanguage: 'de-DE,de;q=0.9',
  })
  http.rememberCookies(login.setCookies)
  http.inertiaVersion = login.inertiaVersion
  const startPage = urlFor(user.isStaff ? 'admin.dashboard' : 'dashboard')
  http.lastUrl = new URL(startPage, http.baseUrl).href
  return { http, user, secret: login.secret, codes: login.codes }
}

/** What the magic link, the code (or the enrolment) and completeLogin do for this user. */
async function logIn(ctx: HttpContext, user: User) {
  const now = DateTime.now()
  const attempt = await LoginAttempt.create({
    userId: user.id,
    tokenHash: sha256Hex(createSecretToken()),
    expiresAt: now.plus({ minutes: portalConfig.login.attemptMinutes }),
    requestedIp: ctx.request.ip(),
    confirmedAt: now,
  })
  await attempt.load('user')
  const member = attempt.user
  await recordAudit('login.requested', { user: member, request: ctx.request })
  await recordAudit('login.confirmed', { user: member, request: ctx.request })

  if (member.totpSecret) {
    const device = await DeviceTrust.issue(ctx, member)
    await completeLogin(ctx, attempt, device, 'code')
    return { secret: Totp.decrypt(member.totpSecret), codes: [] }
  }

  const secret = Totp.createSecret()
  member.totpSecret = Totp.encrypt(secret)
  member.totpEnabledAt = now
  await member.save()
  await recordAudit('2fa.enrolled', { user: member, request: ctx.request })
  const device = await DeviceTrust.issue(ctx, member)
  await completeLogin(ctx, attempt, device, 'enrolment')
  const codes = await RecoveryCodes.generate(member.id)
  await recordAudit('security.recovery_codes_generated', {
    user: member,
    request: ctx.request,
    meta: { count: codes.length },
  })
  return { secret, codes }
}

/** A GET of the start page from 127.0.0.1 with the client's headers, never sent anywhere. */
async function syntheticRequest(client: DirectLoginClient) {
  const socket = new Socket()
  Object.defineProperty(socket, 'remoteAddress', { value: '127.0.0.1' })
  const req = new IncomingMessage(socket)
  req.method = 'GET'
  req.url = '/'
  req.headers = {
    'host': new URL(process.env.APP_URL ?? 'http://localhost').host,
    'user-agent': client.userAgent,
    'accept-language': client.acceptLanguage ?? 'de-DE,de;q=0.9',
  }
  return testUtils.createHttpContext({ req, res: new ServerResponse(req) })
}

/**
 * The middleware of start/kernel.ts a login's controller relies on, in their
 * order there: the locale (mails and user.locale), the session (committed
 * after `work`), shield (the CSRF secret and the XSRF-TOKEN cookie), auth.
 */
async function throughMiddleware(ctx: HttpContext, work: () => Promise<void>) {
  const stack: { handle(ctx: HttpContext, next: NextFn): unknown }[] = [
    await app.container.make(DetectLocaleMiddleware),
    await app.container.make(SessionMiddleware),
    await app.container.make(ShieldMiddleware),
    await app.container.make(InitializeAuthMiddleware),
  ]
  const run = async (index: number): Promise<void> => {
    if (index === stack.length) return work()
    await stack[index].handle(ctx, () => run(index + 1))
  }
  await run(0)
}

/** A test that faked mail keeps what the login sends; otherwise it is dropped, as the real-login helpers do. */
async function catchingMail<T>(work: () => Promise<T>) {
  if (mail.use() instanceof FakeMailer) return work()
  mail.fake()
  try {
    return await work()
  } finally {
    mail.restore()
  }
}
