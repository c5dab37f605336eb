import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

export type OrganizationUniqueField = 'name' | 'customerNumber'

/**
 * A colleague took the same name or customer number between the validation
 * and the save: said under the field, as the validation would have, instead
 * of a 500. Back to the organization's page, or to the list for a new one.
 */
export default class OrganizationTakenException extends Exception {
  static status = 422
  static code = 'E_ORGANIZATION_TAKEN'

  constructor(
    public field: OrganizationUniqueField,
    public organizationId: number | null
  ) {
    super(`Organization ${field} taken`)
  }

  async handle(error: this, { session, i18n, response }: HttpContext) {
    const key = error.field === 'name' ? 'organization_name_taken' : 'customer_number_taken'
    session.flash('inputErrorsBag', { [error.field]: i18n.t(`customers.validation.${key}`) })
    if (error.organizationId === null)
      return response.redirect().toRoute('admin.organizations.index')
    return response.redirect().toRoute('admin.organizations.show', { id: error.organizationId })
  }
}
