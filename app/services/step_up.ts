import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import portalConfig from '#config/portal'
import AuditEvent from '#models/audit_event'
import type User from '#models/user'
import Totp from '#services/totp'
import { recordAudit } from '#services/audit_log'
import { SESSION_STARTED_KEY } from '#services/session_policy'

const rules = portalConfig.login
/** As long as a magic link: right after a login, the person has just proved both factors. */
export const FRESH_LOGIN_MINUTES = 15
/** After the code was typed again, this long to add the passkey or make the codes. */
export const CONFIRMED_MINUTES = 5
const CONFIRMED_KEY = 'stepUpAt'

export type StepUpResult = 'ok' | 'wrong' | 'locked'

function within(since: unknown, minutes: number) {
  const at = Number(since)
  return at > 0 && Date.now() - at < minutes * 60_000
}

/**
 * Adding a passkey or making new recovery codes adds a way in, so a session
 * alone is not enough: someone with a stolen session cookie must not get a
 * second factor of their own. Within 15
 * minutes of the login the person has just shown both factors; later the
 * code from the app is asked again (and then good for 5 minutes). Wrong
 * codes count towards the account's limit like those at the login.
 */
export default class StepUp {
  /** May this session add a way in (passkey, recovery codes) right now? */
  static allows(session: HttpContext['session']) {
    return (
      within(session.get(SESSION_STARTED_KEY), FRESH_LOGIN_MINUTES) ||
      within(session.get(CONFIRMED_KEY), CONFIRMED_MINUTES)
    )
  }

  /** The code from the app, typed again: a right one opens the 5 minutes. */
  static async confirm(ctx: HttpContext, user: User, code: string): Promise<StepUpResult> {
    if (!user.totpSecret) return 'wrong'
    if ((await this.#recentFailures(user)) >= rules.maxCodeFailuresPerAccount) return 'locked'

    const step = Totp.matchingStep(Totp.decrypt(user.totpSecret), code.replace(/\s+/g, ''))
    if (step !== null && (await Totp.claimStep(user.id, step))) {
      ctx.session.put(CONFIRMED_KEY, Date.now())
      return 'ok'
    }
    await recordAudit('2fa.failed', { user, request: ctx.request, meta: { kind: 'step_up' } })
    return 'wrong'
  }

  static async #recentFailures(user: User) {
    const windowStart = DateTime.now().minus({ minutes: rules.accountFailureWindowMinutes })
    const [row] = await AuditEvent.query()
      .where('user_id', user.id)
      .where('event', '2fa.failed')
      .where('created_at', '>', windowStart.toSQL()!)
      .count('* as total')
    return Number(row.$extras.total)
  }
}
