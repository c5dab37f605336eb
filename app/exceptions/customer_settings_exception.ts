import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/**
 * Per-user settings with a value their plugin's manifest does not allow:
 * said under each such field, back on the customer's page. Nothing was stored.
 */
export default class CustomerSettingsException extends Exception {
  static status = 422
  static code = 'E_CUSTOMER_SETTINGS'

  constructor(
    public fields: string[],
    public userId: number
  ) {
    super(`Invalid settings: ${fields.join(', ')}`)
  }

  async handle(error: this, { session, i18n, response }: HttpContext) {
    const message = i18n.t('customers.validation.setting_invalid')
    session.flash(
      'inputErrorsBag',
      Object.fromEntries(error.fields.map((field) => [field, message]))
    )
    return response.redirect().toRoute('admin.customers.show', { id: error.userId })
  }
}
