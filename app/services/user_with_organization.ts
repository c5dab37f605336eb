import { AsyncLocalStorage } from 'node:async_hooks'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Organization from '#models/organization'

/**
 * The trusted device a request's session logged in with, while the session
 * guard looks its user up (SessionLimitsMiddleware sets it around
 * `auth.check()`): the lookup then also says whether that device is still
 * trusted, in the same statement.
 */
export const sessionDevice = new AsyncLocalStorage<number>()

/**
 * A user with their organization (and, within `sessionDevice.run`, whether
 * the session's device is still trusted: `user.$extras.deviceTrusted`) in
 * one statement instead of three: every logged-in request needs all of it,
 * and each statement is a round trip to PostgreSQL. The models are built
 * from the row as Lucid builds them from its own queries.
 */
export async function findUserWithOrganization(id: string) {
  if (!/^\d{1,18}$/.test(id)) return null
  const organizationColumns = [...Organization.$columnsDefinitions.values()].map(
    (column) => `o."${column.columnName}" AS "organization.${column.columnName}"`
  )
  const deviceId = sessionDevice.getStore()
  const deviceTrusted =
    deviceId === undefined
      ? ''
      : `, EXISTS (SELECT 1 FROM trusted_devices d WHERE d.id = ? AND d.user_id = u.id
                  AND d.revoked_at IS NULL AND d.expires_at > ?) AS "device_trusted"`
  const { rows } = await db.rawQuery(
    `SELECT u.*, ${organizationColumns.join(', ')}${deviceTrusted}
       FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
      WHERE u.id = ?`,
    deviceId === undefined ? [id] : [deviceId, new Date(), id]
  )
  const row = rows[0] as Record<string, unknown> | undefined
  if (!row) return null

  const userRow: Record<string, unknown> = {}
  const organizationRow: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('organization.')) organizationRow[key.slice('organization.'.length)] = value
    else if (key !== 'device_trusted') userRow[key] = value
  }
  const user = User.$createFromAdapterResult(userRow)!
  if (organizationRow.id !== null && organizationRow.id !== undefined)
    user.$setRelated('organization', Organization.$createFromAdapterResult(organizationRow)!)
  if (deviceId !== undefined) user.$extras.deviceTrusted = row.device_trusted === true
  return user
}
