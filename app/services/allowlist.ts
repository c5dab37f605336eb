import vine from '@vinejs/vine'
import Organization from '#models/organization'
import User, { type StaffRole } from '#models/user'
import { recordAudit } from '#services/audit_log'
import AllowlistException from '#exceptions/allowlist_exception'

const emailSchema = vine.create({ email: vine.string().trim().email().maxLength(254) })

/**
 * Adding people to the allowlist (= the users table). Idempotent: allowing an
 * address twice changes nothing the second time, except a name given anew.
 */
export default class Allowlist {
  static async normalizedEmail(email: string) {
    try {
      const valid = await emailSchema.validate({ email })
      return User.normalizeEmail(valid.email)
    } catch {
      throw new AllowlistException(`"${email}" is not a valid email address`)
    }
  }

  /** Finds an organization by name regardless of case, or creates it. */
  static async organizationNamed(name: string) {
    const trimmed = name.trim()
    if (!trimmed) throw new AllowlistException('The organization name must not be empty')
    const existing = await Organization.query().whereRaw('lower(name) = lower(?)', [trimmed]).first()
    return existing ?? Organization.create({ name: trimmed })
  }

  static async allowCustomer(input: { email: string; organization: string; name?: string }) {
    const email = await this.normalizedEmail(input.email)
    const existing = await User.query().where('email', email).preload('organization').first()
    if (existing?.role === 'staff') {
      throw new AllowlistException(`${email} is a staff account, not a customer`)
    }
    if (existing && existing.organization.name.toLowerCase() !== input.organization.trim().toLowerCase()) {
      throw new AllowlistException(
        `${email} already belongs to the organization "${existing.organization.name}"`
      )
    }
    if (existing) {
      const user = await this.#rename(existing, input.name)
      return { user, organization: existing.organization, created: false }
    }

    const organization = await this.organizationNamed(input.organization)
    const user = await User.create({
      email,
      name: input.name ?? null,
      organizationId: organization.id,
      role: 'customer',
      status: 'invited',
    })
    await recordAudit('allowlist.added', { user, meta: { by: 'operator', role: 'customer' } })
    return { user, organization, created: true }
  }

  static async allowStaff(input: { email: string; name?: string; staffRole?: StaffRole }) {
    const email = await this.normalizedEmail(input.email)
    const existing = await User.findByEmail(email)
    if (existing) {
      if (existing.role !== 'staff') {
        throw new AllowlistException(`${email} is a customer account; use another address for staff`)
      }
      return { user: await this.#rename(existing, input.name), created: false }
    }
    const staffRole = input.staffRole ?? 'admin'
    const user = await User.create({ email, name: input.name ?? null, organizationId: null, role: 'staff', staffRole, status: 'invited' })
    await recordAudit('allowlist.added', { user, meta: { by: 'operator', role: 'staff', staffRole } })
    return { user, created: true }
  }

  static async #rename(user: User, name?: string) {
    if (name && name !== user.name) {
      user.name = name
      await user.save()
    }
    return user
  }
}
