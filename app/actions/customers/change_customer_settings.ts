import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { recordStaffAction } from '#services/audit_log'
import AdminCustomerSettings from '#services/admin_customer_settings'
import CustomerSettingsException from '#exceptions/customer_settings_exception'

/**
 * The plugins' per-user settings (an enum or yes/no each, as the manifests
 * declare them), one audit event per changed setting. A wrong value stores
 * nothing and is a CustomerSettingsException.
 */
export default class ChangeCustomerSettings {
  static async handle(ctx: HttpContext, user: User, input: unknown) {
    const result = await AdminCustomerSettings.apply(user, input)
    if ('errors' in result) throw new CustomerSettingsException(Object.keys(result.errors), user.id)
    for (const change of result.changes) {
      await recordStaffAction(ctx, 'customers.settings_changed', {
        user,
        meta: { label: change.setting, from: change.from, to: change.to },
      })
    }
  }
}
