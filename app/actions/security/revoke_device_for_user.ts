import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import DeviceList from '#services/device_list'
import { recordStaffAction } from '#services/audit_log'

/**
 * Staff revoke one trusted device of a user (its sessions end with it).
 * Returns the device's label; a device of someone else is a 404. Revoking
 * an already revoked device is not audited twice.
 */
export default class RevokeDeviceForUser {
  static async handle(ctx: HttpContext, user: User, deviceId: number) {
    const result = await DeviceList.revoke(user.id, deviceId)
    if (!result) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
    const label = result.device.label
    if (result.revoked) {
      await recordStaffAction(ctx, 'security.device_revoked', { user, meta: { label } })
    }
    return label
  }
}
