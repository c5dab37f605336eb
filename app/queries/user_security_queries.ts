import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import AuditEvent from '#models/audit_event'
import User from '#models/user'
import DeviceList from '#services/device_list'
import RecoveryCodes from '#services/recovery_codes'
import PasskeyList from '#services/passkeys/passkey_list'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { findByRouteId } from '#plugin_kit/route_ids'

/** What the console's "Sicherheit & Geräte" page of one user shows. */
export default class UserSecurityQueries {
  /** The user of the URL with their organization, or a 404. */
  static find(id: unknown) {
    return findByRouteId(User.query().preload('organization'), id)
  }

  /** 2FA state, trusted devices, passkeys and the last 20 security events. */
  static async page(user: User) {
    const devices = await DeviceList.active(user.id)
    const recoveryCodes = await RecoveryCodes.summary(user.id)
    const events = await AuditEvent.query()
      .where('user_id', user.id)
      .preload('actor')
      .orderBy('id', 'desc')
      .limit(20)
    return {
      member: {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        status: user.status,
        organization: user.organization
          ? { id: user.organization.id, name: user.organization.name }
          : null,
      },
      backUrl: this.backUrl(user),
      twoFactor: { enabledAt: user.totpEnabledAt?.toISO() ?? null, recoveryCodes },
      devices,
      passkeys: await PasskeyList.of(user.id),
      events: AuditEventTransformer.transform(events),
    }
  }

  /** Where the user is managed: the customer's page (when the console has one), else the list. */
  static backUrl(user: User) {
    const build = urlFor as unknown as (name: string, params?: Record<string, unknown>) => string
    if (user.isStaff) return build('admin.staff.index')
    if (router.has('admin.customers.show')) return build('admin.customers.show', { id: user.id })
    return build('admin.organizations.index')
  }
}
