import type { HttpContext } from '@adonisjs/core/http'
import Organization from '#models/organization'

const LIMIT = 20

/**
 * The organization picker's suggestions (inertia/components/admin/
 * organization_picker.vue): up to 20 organizations whose name or customer
 * number contains what was typed. Filters across the console use it instead
 * of a list of every organization, which would weigh megabytes at 10,000.
 */
export default class OrganizationLookupController {
  async index({ request, response }: HttpContext) {
    const typed = String(request.qs().q ?? '')
      .trim()
      .slice(0, 100)
    const query = Organization.query()
      .select('id', 'name', 'customer_number')
      .orderByRaw('lower(name)')
      .orderBy('id')
      .limit(LIMIT)
    if (typed) {
      const pattern = `%${typed.replace(/[\\%_]/g, '\\$&')}%`
      query.where((where) =>
        where.whereILike('name', pattern).orWhereILike('customer_number', pattern)
      )
    }
    const organizations = await query
    return response.json({
      organizations: organizations.map(({ id, name, customerNumber }) => ({
        id,
        name,
        customerNumber,
      })),
    })
  }
}
