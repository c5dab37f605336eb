import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import DeviceList from '#services/device_list'
import { recordStaffAction } from '#services/audit_log'

/** Staff revoke every trusted device of a user and end all their sessions; returns how many. */
export default class RevokeAllDevicesForUser {
  static async handle(ctx: HttpContext, user: User) {
    const count = await DeviceList.revokeAll(user.id)
    await recordStaffAction(ctx, 'security.devices_revoked_all', { user, meta: { count } })
    return count
  }
}
