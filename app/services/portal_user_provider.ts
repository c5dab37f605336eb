import { SessionLucidUserProvider } from '@adonisjs/auth/session'
import type User from '#models/user'

/**
 * The session guard's user provider, loading the user's organization in
 * the same statement (see user_with_organization.ts). Imported lazily, as
 * the package's provider imports the model: config files load before the
 * database is set up. The import is kept: a dynamic import per request
 * still costs a module resolution.
 */
export default class PortalUserProvider extends SessionLucidUserProvider<typeof User> {
  #lookup?: Promise<typeof import('#services/user_with_organization')>

  async findById(identifier: string | number | bigint) {
    this.#lookup ??= import('#services/user_with_organization')
    const { findUserWithOrganization } = await this.#lookup
    const user = await findUserWithOrganization(String(identifier))
    return user ? this.createUserForGuard(user) : null
  }
}
