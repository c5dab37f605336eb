import Organization from '#models/organization'
import User from '#models/user'
import { findByRouteId } from '#plugin_kit/route_ids'

/** The organization with this id, or a 404. */
export function findOrganization(raw: unknown) {
  return findByRouteId(Organization.query(), raw)
}

/** The customer (not a staff member) with this id, with the organization, or a 404. */
export function findCustomer(raw: unknown) {
  return findByRouteId(User.query().where('role', 'customer').preload('organization'), raw)
}
