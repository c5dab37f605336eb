import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** What the browser may know about the logged-in user: no secrets, no TOTP state. */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    const organization = this.resource.organization
    return {
      ...this.pick(this.resource, ['id', 'name', 'email', 'role', 'staffRole']),
      organization: organization ? { id: organization.id, name: organization.name } : null,
    }
  }
}
