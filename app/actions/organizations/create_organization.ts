import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import Organization from '#models/organization'
import { recordStaffAction } from '#services/audit_log'
import type { createOrganizationValidator } from '#validators/admin/organization'
import SaveOrganization from '#actions/organizations/save_organization'

/** "Neue Organisation": name, customer number and notes; the audit names both. */
export default class CreateOrganization {
  static async handle(ctx: HttpContext, input: Infer<typeof createOrganizationValidator>) {
    const organization = new Organization().merge({
      name: input.name,
      customerNumber: input.customerNumber ?? null,
      notes: input.notes ?? null,
    })
    await SaveOrganization.handle(organization)
    await recordStaffAction(ctx, 'customers.organization_created', {
      organizationId: organization.id,
      meta: { name: organization.name, number: organization.customerNumber },
    })
    return organization
  }
}
