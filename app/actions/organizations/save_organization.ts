import db from '@adonisjs/lucid/services/db'
import type Organization from '#models/organization'
import OrganizationTakenException from '#exceptions/organization_taken_exception'

/**
 * Saves, or, when a colleague took the same name or number between the
 * validation and this save, throws OrganizationTakenException (said under the
 * field instead of a 500). In its own (sub)transaction, so the failed
 * statement does not spoil whatever transaction surrounds the request.
 */
export default class SaveOrganization {
  static async handle(organization: Organization) {
    const existingId = organization.$isPersisted ? organization.id : null
    try {
      await db.transaction(async (trx) => {
        organization.useTransaction(trx)
        await organization.save()
      })
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string }
      if (code !== '23505') throw error
      const field = constraint?.includes('customer_number') ? 'customerNumber' : 'name'
      throw new OrganizationTakenException(field, existingId)
    }
  }
}
