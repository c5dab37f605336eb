import portalConfig from '#config/portal'
import type User from '#models/user'

/** When the session began (ms since epoch). */
export const SESSION_STARTED_KEY = 'sessionStartedAt'
/** Until when the device that logged in is trusted (ms since epoch). */
export const SESSION_TRUST_UNTIL_KEY = 'sessionTrustUntil'
/** Last request of a staff session, for the idle limit. */
export const SESSION_LAST_SEEN_KEY = 'sessionLastSeenAt'

export type SessionEndReason = 'disabled' | 'trust_expired' | 'staff_absolute' | 'staff_idle'

const { staffAbsoluteHours, staffIdleMinutes } = portalConfig.sessions

/**
 * Why a logged-in session must end now, or null when it may go on.
 * Customers stay logged in while their device is trusted; staff sessions
 * end 12 hours after login or after 30 idle minutes, whatever comes first.
 */
export function sessionEndReason(
  user: Pick<User, 'status' | 'role'>,
  times: { startedAt?: number; trustUntil?: number; lastSeenAt?: number },
  now = Date.now()
): SessionEndReason | null {
  if (user.status === 'disabled') return 'disabled'
  if (!times.startedAt || !times.trustUntil || now >= times.trustUntil) return 'trust_expired'
  if (user.role !== 'staff') return null
  if (now - times.startedAt >= staffAbsoluteHours * 3_600_000) return 'staff_absolute'
  const lastSeen = times.lastSeenAt ?? times.startedAt
  if (now - lastSeen >= staffIdleMinutes * 60_000) return 'staff_idle'
  return null
}
