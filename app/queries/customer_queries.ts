import AuditEvent from '#models/audit_event'
import type User from '#models/user'
import { AdminCustomerProps } from '#services/admin_customer_props'
import AdminCustomerSettings from '#services/admin_customer_settings'
import AuditEventTransformer from '#transformers/audit_event_transformer'

const RECENT_EVENTS = 10

/** What the console's page of one customer shows. */
export default class CustomerQueries {
  /** Their details, organization, the plugins' settings for them and their latest events. */
  static async page(user: User) {
    const events = await AuditEvent.query()
      .where('user_id', user.id)
      .preload('user')
      .preload('actor')
      .orderBy('id', 'desc')
      .limit(RECENT_EVENTS)
    return {
      customer: AdminCustomerProps.customerDetail(user),
      organization: AdminCustomerProps.organizationSummary(user.organization),
      settings: await AdminCustomerSettings.fields(user),
      events: AuditEventTransformer.transform(events),
    }
  }
}
