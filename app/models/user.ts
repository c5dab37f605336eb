import { UserSchema } from '#database/schema'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'

export type UserRole = 'customer' | 'staff'
export type UserStatus = 'invited' | 'active' | 'disabled'
/** admin: everything incl. staff management; agent: everything except the team and other staff members' security */
export type StaffRole = 'admin' | 'agent'

/**
 * A person who may log in. The users table is the allowlist: a row with
 * status invited or active lets the address request a magic link.
 */
export default class User extends UserSchema {
  declare role: UserRole
  declare status: UserStatus
  declare staffRole: StaffRole | null

  /** Encrypted TOTP secret: never serialized, never sent anywhere. */
  @column({ serializeAs: null })
  declare totpSecret: string | null

  /** { pluginId: { setting: value } }, see app/plugin_kit/plugin_settings.ts */
  @column()
  declare pluginSettings: Record<string, Record<string, string | boolean>>

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  get canLogIn() {
    return this.status !== 'disabled'
  }

  get hasTotp() {
    return this.totpSecret !== null
  }

  get isStaff() {
    return this.role === 'staff'
  }

  get isCustomer() {
    return this.role === 'customer'
  }

  /** Staff who may manage other staff. */
  get isAdmin() {
    return this.role === 'staff' && this.staffRole === 'admin'
  }

  /** Emails are compared and stored lower-cased and trimmed. */
  static normalizeEmail(email: string) {
    return email.trim().toLowerCase()
  }

  /** The domain of an address: what follows its last "@" (where the mail is delivered). */
  static domainOf(email: string) {
    return email.slice(email.lastIndexOf('@') + 1)
  }

  static findByEmail(email: string) {
    return this.query().where('email', this.normalizeEmail(email)).first()
  }
}
