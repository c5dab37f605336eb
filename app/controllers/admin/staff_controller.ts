import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'

/** The agency's team: who may use the admin console, in which role (admins only). */
export default class StaffController {
  async index({ inertia }: HttpContext) {
    const staff = await User.query().where('role', 'staff').orderByRaw('lower(coalesce(name, email))')
    return inertia.render('admin/staff/index', {
      staff: staff.map((member) => ({
        id: member.id,
        name: member.name,
        email: member.email,
        staffRole: member.staffRole!,
        status: member.status,
        lastLoginAt: member.lastLoginAt?.toISO() ?? null,
      })),
    })
  }
}
