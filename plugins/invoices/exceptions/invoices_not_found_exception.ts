import { Exception } from '@adonisjs/core/exceptions'

/**
 * Invoices hidden for this user (setting "visible" off), or a PDF that is
 * gone: answered exactly like a record that does not exist.
 */
export default class InvoicesNotFoundException extends Exception {
  static status = 404
  static code = 'E_INVOICES_NOT_FOUND'

  constructor() {
    super('Invoices not found')
  }
}
