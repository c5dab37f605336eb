import Organization from '#models/organization'
import User from '#models/user'

/** A route's :id as a positive 32-bit integer; anything else finds nothing (404, never a 500). */
function recordId(raw: unknown) {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return 0
  const id = Number(raw)
  return id <= 2_147_483_647 ? id : 0
}

/** The organization with this id, or a 404. */
export function findOrganization(raw: unknown) {
  return Organization.query().where('id', recordId(raw)).firstOrFail()
}

/** The customer (not a staff member) with this id, with the organization, or a 404. */
export function findCustomer(raw: unknown) {
  return User.query().where('id', recordId(raw)).where('role', 'customer').preload('organization').firstOrFail()
}
