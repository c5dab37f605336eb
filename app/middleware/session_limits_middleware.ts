import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { recordAudit } from '#services/audit_log'
import {
  SESSION_LAST_SEEN_KEY,
  SESSION_STARTED_KEY,
  SESSION_TRUST_UNTIL_KEY,
  sessionEndReason,
} from '#services/session_policy'

/**
 * Ends a logged-in session that outlived its limits (see session_policy.ts)
 * or whose user was disabled, before any route sees it. The user then meets
 * the login page with a message saying why.
 */
export default class SessionLimitsMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { auth, session } = ctx
    if (!(await auth.check())) return next()

    const user = auth.user!
    const reason = sessionEndReason(user, {
      startedAt: session.get(SESSION_STARTED_KEY),
      trustUntil: session.get(SESSION_TRUST_UNTIL_KEY),
      lastSeenAt: session.get(SESSION_LAST_SEEN_KEY),
    })

    if (reason) {
      await recordAudit('session.ended', { user, request: ctx.request, meta: { reason } })
      await auth.use('web').logout()
      session.clear()
      session.flash('error', ctx.i18n.t(`messages.session.ended.${reason}`))
      return ctx.response.redirect().toRoute('login.show')
    }

    if (user.isStaff) session.put(SESSION_LAST_SEEN_KEY, Date.now())
    // Every page shows the organization next to the user's name.
    if (user.organizationId) await user.load('organization')
    return next()
  }
}
