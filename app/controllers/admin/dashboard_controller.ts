import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { adminNavigation } from '#services/admin_navigation'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import AuditEvent from '#models/audit_event'

/**
 * The admin console's start page: how many organizations and people the
 * portal serves, each section with its badge (requests waiting, items
 * overdue …) and the latest security events.
 */
export default class AdminDashboardController {
  async show(ctx: HttpContext) {
    const [organizations] = await db.from('organizations').count('* as total')
    const people = await db
      .from('users')
      .where('role', 'customer')
      .select('status')
      .count('* as total')
      .groupBy('status')
    const customers = { invited: 0, active: 0, disabled: 0 }
    for (const row of people) customers[row.status as keyof typeof customers] = Number(row.total)

    const navigation = await adminNavigation(ctx)
    const sections = navigation.filter((item) => !item.active)
    const recent = await AuditEvent.query()
      .preload('user')
      .preload('actor')
      .preload('organization')
      .orderBy('id', 'desc')
      .limit(8)

    return ctx.inertia.render('admin/dashboard', {
      organizations: Number(organizations.total),
      customers,
      sections,
      recent: AuditEventTransformer.transform(recent),
    })
  }
}
