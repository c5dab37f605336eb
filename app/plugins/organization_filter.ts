import Organization from '#models/organization'

/**
 * The organization a staff list is filtered by, for the organization picker
 * (inertia/components/admin/organization_picker.vue shows its name), or null
 * when none was asked for or the id names no organization — then the caller
 * drops the filter, like any other bad filter value.
 *
 * @example
 * const organization = await chosenOrganization(filters.organization)
 * if (!organization) filters.organization = null
 */
export async function chosenOrganization(id: number | null | undefined) {
  const organization = id ? await Organization.find(id) : null
  return organization && { id: organization.id, name: organization.name }
}
