import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { IMPORT_LIMIT } from '#services/customer_import'

/**
 * A customer list with more lines than one import may have: said under the
 * text field, back on the organization's import page. Nothing was imported.
 */
export default class ImportTooLargeException extends Exception {
  static status = 422
  static code = 'E_IMPORT_TOO_LARGE'

  constructor(
    public lines: number,
    public organizationId: number
  ) {
    super(`Import of ${lines} lines, at most ${IMPORT_LIMIT}`)
  }

  async handle(error: this, { session, i18n, response }: HttpContext) {
    const count = error.lines
    session.flash('inputErrorsBag', {
      text: i18n.t('customers.validation.import_too_many', { max: IMPORT_LIMIT, count }),
    })
    const id = error.organizationId
    return response.redirect().toRoute('admin.organizations.import.show', { id })
  }
}
