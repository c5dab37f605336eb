import { DateTime } from 'luxon'
import LoginAttempt from '#models/login_attempt'
import { sha256Hex } from '#services/secret_token'

export type LinkState = 'valid' | 'used' | 'expired' | 'unknown'

/**
 * Reading and spending magic-link tokens. Reading (GET, which mail scanners
 * do) never changes anything; only `spend`, called from the page's POST,
 * confirms the attempt, and it does so with one conditional UPDATE so a token
 * is spent at most once.
 */
export default class MagicLink {
  static async state(token: string): Promise<LinkState> {
    const attempt = await this.#find(token)
    if (!attempt) return 'unknown'
    if (attempt.confirmedAt || attempt.voidedAt || attempt.completedAt) return 'used'
    if (attempt.isExpired) return 'expired'
    if (!attempt.user.canLogIn) return 'unknown'
    return 'valid'
  }

  /** The confirmed attempt, or the reason the token is not usable. */
  static async spend(token: string): Promise<LoginAttempt | LinkState> {
    const now = DateTime.now()
    const [row] = await LoginAttempt.query()
      .where('token_hash', sha256Hex(token))
      .whereNull('confirmed_at')
      .whereNull('voided_at')
      .where('expires_at', '>', now.toSQL()!)
      .update({ confirmed_at: now.toSQL() })
      .returning('id')

    if (!row) return this.state(token)
    const attempt = await LoginAttempt.query().where('id', row.id).preload('user').firstOrFail()
    return attempt.user.canLogIn ? attempt : 'unknown'
  }

  static #find(token: string) {
    if (!token || token.length > 200) return Promise.resolve(null)
    return LoginAttempt.query().where('token_hash', sha256Hex(token)).preload('user').first()
  }
}
