import type { HttpContext } from '@adonisjs/core/http'

const SESSION_KEY = 'passkeyChallenge'
/** As long as the browser's own timeout for the passkey dialog, plus a little. */
export const CHALLENGE_LIFETIME_MS = 5 * 60_000

type Purpose = 'login' | 'register'
type StoredChallenge = { purpose: Purpose; challenge: string; expiresAt: number }

/**
 * The random challenge a passkey must sign, kept in the (server-side)
 * session between the options and the answer. It is taken out when the
 * answer arrives, whatever that answer is: a challenge is answered once.
 */
export default class PasskeyChallenge {
  static remember(session: HttpContext['session'], purpose: Purpose, challenge: string) {
    const stored: StoredChallenge = {
      purpose,
      challenge,
      expiresAt: Date.now() + CHALLENGE_LIFETIME_MS,
    }
    session.put(SESSION_KEY, stored)
  }

  /** The challenge for this purpose if one is waiting and still fresh; it is gone afterwards. */
  static take(session: HttpContext['session'], purpose: Purpose): string | null {
    const stored = session.pull(SESSION_KEY) as StoredChallenge | undefined
    if (!stored || stored.purpose !== purpose || stored.expiresAt < Date.now()) return null
    return stored.challenge
  }
}
