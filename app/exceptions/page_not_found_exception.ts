import { Exception } from '@adonisjs/core/exceptions'

/**
 * A URL nobody serves (or one the visitor may not know exists: the admin
 * console for a customer). Rendered as the portal's 404 page by the
 * exception handler, with the visitor's session, language and layout.
 */
export default class PageNotFoundException extends Exception {
  static status = 404
  static code = 'E_PAGE_NOT_FOUND'
}
