import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import type Organization from '#models/organization'
import CustomerImport from '#services/customer_import'
import { recordStaffAction } from '#services/audit_log'
import { inviteCustomers } from '#services/admin_invitations'
import type { importCommitValidator } from '#validators/admin/customer_import'
import ImportTooLargeException from '#exceptions/import_too_large_exception'

/**
 * Adds the customers of a confirmed preview. The confirmation sends the same
 * text with the preview's fingerprint, so what is imported is exactly what
 * was shown (see CustomerImport.commit); a stale or empty preview comes back
 * as it is, nothing imported, and too many lines are an
 * ImportTooLargeException. Records the import and each new customer, and
 * invites them unless the box was unticked.
 */
export default class ImportCustomers {
  static async handle(
    ctx: HttpContext,
    organization: Organization,
    input: Infer<typeof importCommitValidator>
  ) {
    const outcome = await CustomerImport.commit(organization, input.text, input.fingerprint)
    if (outcome.kind === 'too_many') {
      throw new ImportTooLargeException(outcome.tooMany, organization.id)
    }
    if (outcome.kind !== 'imported') return outcome
    const { users } = outcome
    await recordStaffAction(ctx, 'customers.imported', {
      organizationId: organization.id,
      meta: { count: users.length },
    })
    for (const user of users)
      await recordStaffAction(ctx, 'customers.added', {
        user,
        meta: { label: user.email, by: 'import' },
      })
    const invited = input.invite ?? true
    if (invited) await inviteCustomers(ctx, users, organization.name, input.locale ?? 'de')
    return { ...outcome, invited }
  }
}
