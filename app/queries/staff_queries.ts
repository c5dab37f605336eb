import User from '#models/user'
import { findByRouteId } from '#plugin_kit/route_ids'

/** The agency's team as the console lists and finds it. */
export default class StaffQueries {
  /** Everyone with the staff role, by name (or address when there is none). */
  static list() {
    return User.query().where('role', 'staff').orderByRaw('lower(coalesce(name, email))')
  }

  /** The staff member of the URL, or a 404 (customers' ids and malformed ids too). */
  static find(id: unknown) {
    return findByRouteId(User.query().where('role', 'staff'), id)
  }
}
