import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import type Organization from '#models/organization'
import { recordStaffAction } from '#services/audit_log'
import type { updateOrganizationValidator } from '#validators/admin/organization'
import SaveOrganization from '#actions/organizations/save_organization'

/**
 * The organization's details and allowed domains. The audit lists the changed
 * fields, the old and new name of a rename, and the domains when they changed;
 * a form sent without changes saves nothing and records nothing.
 */
export default class UpdateOrganization {
  static async handle(
    ctx: HttpContext,
    organization: Organization,
    input: Infer<typeof updateOrganizationValidator>
  ) {
    const before = organization.name
    organization.merge({
      name: input.name,
      customerNumber: input.customerNumber ?? null,
      notes: input.notes ?? null,
      allowedDomains: input.allowedDomains ?? [],
    })
    const changed = Object.keys(organization.$dirty)
    if (!changed.length) return
    await SaveOrganization.handle(organization)
    await recordStaffAction(ctx, 'customers.organization_updated', {
      organizationId: organization.id,
      meta: {
        label: changed.join(', '),
        ...(before !== organization.name ? { from: before, to: organization.name } : {}),
        ...(changed.includes('allowedDomains') ? { domains: organization.allowedDomains } : {}),
      },
    })
  }
}
