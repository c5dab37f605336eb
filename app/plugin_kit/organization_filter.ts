import Organization from '#models/organization'
import { routeId } from '#plugin_kit/route_ids'

/**
 * The organization a staff list is filtered by, for the organization picker
 * (inertia/components/admin/organization_picker.vue shows its name), or null
 * when none was asked for or the id (a number or the query string's text)
 * names no organization — then the caller
 * drops the filter, like any other bad filter value.
 *
 * @example
 * const organization = await chosenOrganization(filters.organization)
 * if (!organization) filters.organization = null
 */
export async function chosenOrganization(raw: unknown) {
  const id = routeId(raw)
  const organization = id ? await Organization.find(id) : null
  return organization && { id: organization.id, name: organization.name }
}
