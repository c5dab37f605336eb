import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { recordAudit } from '#services/audit_log'
import TrustedDevice from '#models/trusted_device'
import type User from '#models/user'
import { sessionLookup, sessionUserOf } from '#services/user_with_organization'
import { rememberLocale } from '#services/user_locale'
import { SESSION_DEVICE_KEY } from '#services/user_sessions'
import {
  SESSION_LAST_SEEN_KEY,
  SESSION_STARTED_KEY,
  SESSION_TRUST_UNTIL_KEY,
  sessionEndReason,
} from '#services/session_policy'

const LAST_SEEN_PRECISION_MS = 60_000

/**
 * Ends a logged-in session that outlived its limits (see session_policy.ts)
 * or whose user was disabled, before any route sees it. The user then meets
 * the login page with a message saying why.
 */
export default class SessionLimitsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { auth, session } = ctx
    const deviceId = session.get(SESSION_DEVICE_KEY)
    // The user lookup takes the user row the session store read with the session, and also
    // answers whether this session's device is still trusted: no statement of its own.
    const lookup = {
      deviceId: typeof deviceId === 'number' ? deviceId : undefined,
      prefetched: sessionUserOf(ctx),
    }
    const loggedIn = await sessionLookup.run(lookup, () => auth.check())
    if (!loggedIn) return next()

    const user = auth.user!
    const reason =
      sessionEndReason(user, {
        startedAt: session.get(SESSION_STARTED_KEY),
        trustUntil: session.get(SESSION_TRUST_UNTIL_KEY),
        lastSeenAt: session.get(SESSION_LAST_SEEN_KEY),
      }) ?? (await this.#deviceRevoked(user, deviceId))

    if (reason) {
      await recordAudit('session.ended', { user, request: ctx.request, meta: { reason } })
      await auth.use('web').logout()
      session.clear()
      session.flash('error', ctx.i18n.t(`messages.session.ended.${reason}`))
      // As on "Abmelden": the browser drops whatever it cached of this session's pages.
      ctx.response.header('Clear-Site-Data', '"cache"')
      return ctx.response.redirect().toRoute('login.show')
    }

    // Pages and files of a logged-in person are never kept in a browser or proxy cache.
    ctx.response.header('Cache-Control', 'no-store')
    // The idle limit counts in minutes: writing the session once a minute keeps it exact enough, not on every click.
    if (
      user.isStaff &&
      Date.now() - (Number(session.get(SESSION_LAST_SEEN_KEY)) || 0) >= LAST_SEEN_PRECISION_MS
    ) {
      session.put(SESSION_LAST_SEEN_KEY, Date.now())
    }
    // A language switched in the portal (?lang=) is the one mails use from now on.
    if (typeof ctx.request.qs().lang === 'string') await rememberLocale(user, ctx.i18n.locale)
    // Every page shows the organization next to the user's name (the user provider loads it with the user).
    if (user.organizationId && !user.$preloaded.organization) await user.load('organization')
    return next()
  }

  /**
   * Revoking a device (or a 2FA reset) deletes the sessions it knows of, but a
   * request still running at that moment can write its session back. So each
   * request also checks that the device it logged in with is still trusted.
   */
  async #deviceRevoked(user: User, deviceId: unknown): Promise<'device_revoked' | null> {
    if (typeof deviceId !== 'number') return 'device_revoked'
    if (typeof user.$extras.deviceTrusted === 'boolean')
      return user.$extras.deviceTrusted ? null : 'device_revoked'
    // The user was looked up before this middleware (no device known then): ask on its own.
    const device = await TrustedDevice.query()
      .where('id', deviceId)
      .where('user_id', user.id)
      .whereNull('revoked_at')
      .where('expires_at', '>', new Date())
      .first()
    return device ? null : 'device_revoked'
  }
}
