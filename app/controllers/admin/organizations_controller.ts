import type { HttpContext } from '@adonisjs/core/http'
import Organization from '#models/organization'

/** The customer organizations with their member counts, searchable by name or customer number. */
export default class OrganizationsController {
  async index({ inertia, request }: HttpContext) {
    const search = String(request.input('q', '')).trim()
    const query = Organization.query()
      .withCount('users', (users) => users.whereNot('status', 'disabled').as('members'))
      .orderByRaw('lower(name)')
    if (search) {
      query.where((where) => where.whereILike('name', `%${search}%`).orWhereILike('customer_number', `%${search}%`))
    }
    const organizations = await query
    return inertia.render('admin/organizations/index', {
      search,
      organizations: organizations.map((organization) => ({
        id: organization.id,
        name: organization.name,
        customerNumber: organization.customerNumber,
        members: Number(organization.$extras.members),
      })),
    })
  }
}
