import { Exception } from '@adonisjs/core/exceptions'

/** An allowlist change that cannot be made, with a message for the operator. */
export default class AllowlistException extends Exception {
  static status = 422
  static code = 'E_ALLOWLIST'
}
