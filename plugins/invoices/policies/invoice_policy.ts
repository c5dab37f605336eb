import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import { invoicesVisible } from '../services/customer_invoices.js'

/**
 * Whether a customer sees invoices at all: staff switch it off per user (the
 * "visible" setting). For someone who may not, the invoices area does not
 * exist: a 404, the navigation entry, badge and widget left out.
 */
export default class InvoicePolicy extends BasePolicy {
  async viewAny(user: User) {
    if (await invoicesVisible(user)) return true
    return AuthorizationResponse.deny('Not found', 404)
  }
}
