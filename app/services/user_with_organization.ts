import { AsyncLocalStorage } from 'node:async_hooks'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Organization from '#models/organization'

/**
 * What the session guard's lookup of a request's user may use (set by
 * SessionLimitsMiddleware around `auth.check()`):
 * - `deviceId`: the trusted device the session logged in with; the lookup
 *   then also says whether it is still trusted (`user.$extras.deviceTrusted`).
 * - `prefetched`: the user's row as PortalSessionStore read it with the
 *   session itself (same statement): then the lookup needs no statement.
 */
export type SessionLookup = { deviceId?: number; prefetched?: PrefetchedUser | null }
export const sessionLookup = new AsyncLocalStorage<SessionLookup>()

/** A user row read together with the session row, and the user's trusted devices then. */
export type PrefetchedUser = {
  userId: string
  row: Record<string, unknown>
  trustedDeviceIds: number[]
}

/** The user row each request's session store read with its session, until the guard asks. */
const readWithSession = new WeakMap<object, PrefetchedUser>()

export function rememberSessionUser(ctx: object, user: PrefetchedUser) {
  readWithSession.set(ctx, user)
}

export function sessionUserOf(ctx: object) {
  return readWithSession.get(ctx) ?? null
}

/** The columns of a user (`u`) and their organization (`o`, as "organization.<column>"). */
export function userAndOrganizationColumns() {
  const organizationColumns = [...Organization.$columnsDefinitions.values()].map(
    (column) => `o."${column.columnName}" AS "organization.${column.columnName}"`
  )
  return `u.*, ${organizationColumns.join(', ')}`
}

/** The ids of user `u`'s trusted devices (not revoked, not expired at the bound time). */
export const TRUSTED_DEVICE_IDS_SQL = `ARRAY(SELECT d.id FROM trusted_devices d WHERE d.user_id = u.id
  AND d.revoked_at IS NULL AND d.expires_at > ?)`

/**
 * A user with their organization (and, within `sessionLookup.run` with a
 * device, whether the session's device is still trusted) in one statement
 * instead of three, or in none when the session store read the row already:
 * every logged-in request needs all of it, and each statement is a round
 * trip to PostgreSQL. The models are built from the row as Lucid builds them
 * from its own queries.
 */
export async function findUserWithOrganization(id: string) {
  if (!/^\d{1,18}$/.test(id)) return null
  const { deviceId, prefetched } = sessionLookup.getStore() ?? {}
  if (prefetched && prefetched.userId === id) {
    const trusted =
      deviceId === undefined ? undefined : prefetched.trustedDeviceIds.includes(deviceId)
    return userFromRow(prefetched.row, trusted)
  }
  const deviceTrusted =
    deviceId === undefined
      ? ''
      : `, EXISTS (SELECT 1 FROM trusted_devices d WHERE d.id = ? AND d.user_id = u.id
                  AND d.revoked_at IS NULL AND d.expires_at > ?) AS "device_trusted"`
  const { rows } = await db.rawQuery(
    `SELECT ${userAndOrganizationColumns()}${deviceTrusted}
       FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
      WHERE u.id = ?`,
    deviceId === undefined ? [id] : [deviceId, new Date(), id]
  )
  const row = rows[0] as Record<string, unknown> | undefined
  if (!row) return null
  return userFromRow(row, deviceId === undefined ? undefined : row.device_trusted === true)
}

/** The models from a row of `userAndOrganizationColumns()` (other columns are ignored). */
let userColumns: Set<string> | undefined

function userFromRow(row: Record<string, unknown>, deviceTrusted: boolean | undefined) {
  userColumns ??= new Set([...User.$columnsDefinitions.values()].map((c) => c.columnName))
  const userRow: Record<string, unknown> = {}
  const organizationRow: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('organization.')) organizationRow[key.slice('organization.'.length)] = value
    else if (userColumns.has(key)) userRow[key] = value
  }
  const user = User.$createFromAdapterResult(userRow)!
  if (organizationRow.id !== null && organizationRow.id !== undefined)
    user.$setRelated('organization', Organization.$createFromAdapterResult(organizationRow)!)
  if (deviceTrusted !== undefined) user.$extras.deviceTrusted = deviceTrusted
  return user
}
