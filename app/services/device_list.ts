import { DateTime } from 'luxon'
import TrustedDevice from '#models/trusted_device'
import UserSessions from '#services/user_sessions'

export type DeviceItem = {
  id: number
  label: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  current: boolean
}

/**
 * A user's trusted devices as the account page and the admin console show
 * them, and their revocation. Revoking a device also ends the sessions that
 * logged in with it: trust is what those sessions stand on.
 */
export default class DeviceList {
  /** The devices trusted now (not revoked, not expired), newest first. */
  static async active(
    userId: number,
    currentDeviceId: number | null = null
  ): Promise<DeviceItem[]> {
    const devices = await TrustedDevice.query()
      .where('user_id', userId)
      .whereNull('revoked_at')
      .where('expires_at', '>', DateTime.now().toSQL()!)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
    return devices.map((device) => ({
      id: device.id,
      label: device.label,
      createdAt: device.createdAt.toISO()!,
      lastSeenAt: device.lastSeenAt.toISO()!,
      expiresAt: device.expiresAt.toISO()!,
      current: device.id === currentDeviceId,
    }))
  }

  /**
   * Revokes one device of this user. Null when the user has no such device
   * (someone else's id is "not found", never "not yours"); `revoked` is false
   * when it was not trusted any more (a second click), so nothing is logged twice.
   */
  static async revoke(userId: number, deviceId: number) {
    const device = await TrustedDevice.query()
      .where('id', deviceId)
      .where('user_id', userId)
      .first()
    if (!device) return null
    const updated = await TrustedDevice.query()
      .where('id', device.id)
      .whereNull('revoked_at')
      .update({ revoked_at: DateTime.now().toSQL() })
    await UserSessions.endOnDevice(userId, device.id)
    return { device, revoked: Number(updated) === 1 }
  }

  /** Revokes every device of the user and ends all of the user's sessions; returns the devices revoked. */
  static async revokeAll(userId: number) {
    const updated = await TrustedDevice.query()
      .where('user_id', userId)
      .whereNull('revoked_at')
      .update({ revoked_at: DateTime.now().toSQL() })
    await UserSessions.endAll(userId)
    return Number(updated)
  }
}
