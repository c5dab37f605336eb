import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import portalConfig from '#config/portal'
import AuditEvent from '#models/audit_event'
import type LoginAttempt from '#models/login_attempt'
import type User from '#models/user'
import Totp from '#services/totp'
import RecoveryCodes from '#services/recovery_codes'
import { recordAudit } from '#services/audit_log'
import CodeRejectedException from '#exceptions/code_rejected_exception'
import LoginRestartException from '#exceptions/login_restart_exception'

const rules = portalConfig.login

/**
 * Checks a 6-digit code for a pending login, with the limits of DESIGN.md:
 * 5 wrong codes per attempt (then the attempt is void and the user starts
 * again), 10 per account within 15 minutes (then "try again in N minutes"),
 * and no code accepted twice. Used for enrolment and for later logins.
 * A recovery code may stand in for the TOTP code: it is spent once and a
 * wrong one counts towards the same limits.
 */
export default class CodeCheck {
  constructor(
    private attempt: LoginAttempt,
    private request: HttpContext['request']
  ) {}

  get user(): User {
    return this.attempt.user
  }

  /** Resolves when the code is good and now spent; throws otherwise. */
  async verify(secret: string, code: string) {
    await this.#refuseWhileAccountLocked()
    const guesses = await this.#reserveGuess()

    const step = Totp.matchingStep(secret, code.replace(/\s+/g, ''))
    if (step === null) return this.#fail('wrong', guesses)

    if (!(await Totp.claimStep(this.user.id, step))) {
      await recordAudit('2fa.replayed', { user: this.user, request: this.request })
      return this.#fail('replayed', guesses)
    }
  }

  /** Resolves with the number of recovery codes left when the code was an unused one (now spent); throws otherwise. */
  async verifyRecoveryCode(code: string) {
    await this.#refuseWhileAccountLocked()
    const guesses = await this.#reserveGuess()

    const left = await RecoveryCodes.consume(this.user.id, code)
    if (left === null) return this.#fail('recovery', guesses)

    await recordAudit('security.recovery_code_used', {
      user: this.user,
      request: this.request,
      meta: { count: left },
    })
    return left
  }

  /**
   * A passkey's answer in place of the code: `check` says whether it let the
   * user in. A bad answer (unknown passkey, wrong signature, stale challenge)
   * counts towards the same limits as a wrong code.
   */
  async verifyPasskey(check: () => Promise<boolean>) {
    await this.#refuseWhileAccountLocked()
    const guesses = await this.#reserveGuess()
    if (!(await check())) return this.#fail('passkey', guesses)
  }

  async #refuseWhileAccountLocked() {
    const retryInMinutes = await this.#accountLockMinutes()
    if (retryInMinutes) throw new CodeRejectedException({ kind: 'account_locked', retryInMinutes })
  }

  /**
   * Every guess is counted before the code is looked at, in one conditional
   * UPDATE: twenty requests sent at the same moment still get only the five
   * guesses an attempt has, not twenty checks that are counted afterwards.
   * A right code leaves its guess counted; the attempt is finished then anyway.
   */
  async #reserveGuess() {
    const result = await db.rawQuery(
      'UPDATE login_attempts SET failed_codes = failed_codes + 1 WHERE id = ? AND failed_codes < ? AND voided_at IS NULL RETURNING failed_codes',
      [this.attempt.id, rules.maxCodeFailuresPerAttempt]
    )
    if (result.rows.length === 0) throw new LoginRestartException('attempt_locked')
    return Number(result.rows[0].failed_codes)
  }

  async #fail(
    kind: 'wrong' | 'replayed' | 'recovery' | 'passkey',
    attemptFailures: number
  ): Promise<never> {
    await recordAudit('2fa.failed', { user: this.user, request: this.request, meta: { kind } })

    const attemptLocked = attemptFailures >= rules.maxCodeFailuresPerAttempt
    if (attemptLocked) {
      await db
        .from('login_attempts')
        .where('id', this.attempt.id)
        .update({ voided_at: DateTime.now().toSQL() })
      await recordAudit('2fa.attempt_locked', { user: this.user, request: this.request })
    }

    // The account lock says how long to wait, so it wins over "request a new link".
    const accountFailures = await this.#recentAccountFailures()
    if (accountFailures.length >= rules.maxCodeFailuresPerAccount) {
      if (accountFailures.length === rules.maxCodeFailuresPerAccount) {
        await recordAudit('2fa.account_locked', { user: this.user, request: this.request })
      }
      await this.#refuseWhileAccountLocked()
    }
    if (attemptLocked) throw new LoginRestartException('attempt_locked')

    if (kind === 'replayed') throw new CodeRejectedException({ kind: 'replayed' })
    const attemptsLeft = Math.min(
      rules.maxCodeFailuresPerAttempt - attemptFailures,
      rules.maxCodeFailuresPerAccount - accountFailures.length
    )
    throw new CodeRejectedException({
      kind: kind === 'passkey' ? 'passkey' : 'wrong',
      attemptsLeft,
    })
  }

  /** Wrong codes of this account inside the window, newest first. */
  #recentAccountFailures() {
    const windowStart = DateTime.now().minus({ minutes: rules.accountFailureWindowMinutes })
    return AuditEvent.query()
      .where('user_id', this.user.id)
      .where('event', '2fa.failed')
      .where('created_at', '>', windowStart.toSQL()!)
      .orderBy('created_at', 'desc')
      .limit(rules.maxCodeFailuresPerAccount)
  }

  /** Minutes until the account takes codes again, or 0 when it does now. */
  async #accountLockMinutes() {
    const failures = await this.#recentAccountFailures()
    if (failures.length < rules.maxCodeFailuresPerAccount) return 0
    const oldest = failures[failures.length - 1].createdAt
    const unlocksAt = oldest.plus({ minutes: rules.accountFailureWindowMinutes })
    return Math.max(1, Math.ceil(unlocksAt.diffNow('minutes').minutes))
  }
}
