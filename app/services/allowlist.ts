import vine from '@vinejs/vine'
import { emailRule } from '#validators/email'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Organization from '#models/organization'
import User, { type StaffRole } from '#models/user'
import { recordAudit } from '#services/audit_log'
import AllowlistException from '#exceptions/allowlist_exception'

const emailSchema = vine.create({ email: emailRule() })

/**
 * Why an address cannot be added to an organization: it is a staff account,
 * already a member, or a member of another organization (one person, one
 * organization: the login would not know which one to show).
 */
export type AddressConflict =
  | { kind: 'staff' }
  | { kind: 'member'; userId: number }
  | { kind: 'other_organization'; organization: string }

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
    const existing = await Organization.query()
      .whereRaw('lower(name) = lower(?)', [trimmed])
      .first()
    return existing ?? Organization.create({ name: trimmed })
  }

  static async allowCustomer(input: { email: string; organization: string; name?: string }) {
    const email = await this.normalizedEmail(input.email)
    const existing = await User.query().where('email', email).preload('organization').first()
    if (existing?.role === 'staff') {
      throw new AllowlistException(`${email} is a staff account, not a customer`)
    }
    if (
      existing &&
      existing.organization.name.toLowerCase() !== input.organization.trim().toLowerCase()
    ) {
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
        throw new AllowlistException(
          `${email} is a customer account; use another address for staff`
        )
      }
      return { user: await this.#rename(existing, input.name), created: false }
    }
    const staffRole = input.staffRole ?? 'admin'
    const user = await User.create({
      email,
      name: input.name ?? null,
      organizationId: null,
      role: 'staff',
      staffRole,
      status: 'invited',
    })
    await recordAudit('allowlist.added', {
      user,
      meta: { by: 'operator', role: 'staff', staffRole },
    })
    return { user, created: true }
  }

  /**
   * What stands in the way of adding these (normalized) addresses to the
   * organization, by address; addresses missing from the map are free.
   * One query, so a 500-line import costs no more than one address.
   */
  static async conflicts(
    emails: string[],
    organizationId: number,
    client?: TransactionClientContract
  ) {
    const found = new Map<string, AddressConflict>()
    if (!emails.length) return found
    const rows = await (client ?? db)
      .from('users')
      .leftJoin('organizations', 'organizations.id', 'users.organization_id')
      .whereIn('users.email', emails)
      .select(
        'users.id',
        'users.email',
        'users.role',
        'users.organization_id',
        'organizations.name as organization_name'
      )
    for (const row of rows) {
      const conflict: AddressConflict =
        row.role === 'staff'
          ? { kind: 'staff' }
          : row.organization_id === organizationId
            ? { kind: 'member', userId: row.id }
            : { kind: 'other_organization', organization: row.organization_name }
      found.set(row.email, conflict)
    }
    return found
  }

  /**
   * Adds one new customer to an organization, as "invited" until the first
   * login. The caller checked `conflicts` first; the unique index on the
   * address still stops a concurrent insert of the same address.
   */
  static addCustomer(
    organization: Pick<Organization, 'id'>,
    input: { email: string; name?: string | null },
    client?: TransactionClientContract
  ) {
    return User.create(
      {
        email: User.normalizeEmail(input.email),
        name: input.name?.trim() || null,
        organizationId: organization.id,
        role: 'customer',
        status: 'invited',
      },
      { client }
    )
  }

  /**
   * The organization whose allowed domains contain the domain of this
   * (normalized) address, when exactly one does. Two organizations claiming
   * the same domain are refused when staff save them; should it happen
   * anyway, nobody joins either.
   */
  static async organizationForDomain(email: string) {
    const domain = User.domainOf(email)
    if (!domain) return null
    const matches = await Organization.query()
      .whereRaw('? = ANY(allowed_domains)', [domain])
      .limit(2)
    return matches.length === 1 ? matches[0] : null
  }

  /**
   * A new address at an allowed domain: the person becomes an invited member
   * of that organization (see RequestMagicLink for why this happens when the
   * link is requested). Returns null when no organization allows the domain.
   * Two requests racing for the same new address end with one row.
   */
  static async joinByDomain(email: string) {
    const organization = await this.organizationForDomain(email)
    if (!organization) return null
    if (await this.#disabledUnderAnotherTag(email)) return null
    try {
      const user = await db.transaction((trx) => this.addCustomer(organization, { email }, trx))
      return { user, organization, created: true }
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error
      const user = await User.findByEmail(email)
      return user ? { user, organization, created: false } : null
    }
  }

  /**
   * "bob+x@kunde.de" reaches the same mailbox as "bob@kunde.de": when staff
   * disabled Bob, a new tag must not bring him back in through the domain.
   */
  static async #disabledUnderAnotherTag(email: string) {
    const at = email.lastIndexOf('@')
    const base = email.slice(0, at).split('+')[0]
    const domain = email.slice(at + 1)
    const escaped = base.replace(/[\\%_]/g, (char) => `\\${char}`)
    const disabled = await User.query()
      .where('status', 'disabled')
      .where((query) =>
        query.where('email', `${base}@${domain}`).orWhereLike('email', `${escaped}+%@${domain}`)
      )
      .first()
    return disabled !== null
  }

  static async #rename(user: User, name?: string) {
    if (name && name !== user.name) {
      user.name = name
      await user.save()
    }
    return user
  }
}
