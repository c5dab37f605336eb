import type Organization from '#models/organization'
import type User from '#models/user'
import type { UserStatus } from '#models/user'

/**
 * What the admin console's organization and customer pages get to see, field
 * by field (the transformer role: no model goes to the browser whole, so
 * TOTP state and plugin internals stay on the server).
 */
export const AdminCustomerProps = {
  organizationSummary(organization: Organization) {
    return {
      id: organization.id,
      name: organization.name,
      customerNumber: organization.customerNumber,
    }
  },

  organizationListItem(organization: Organization) {
    const count = (key: string) => Number(organization.$extras[key] ?? 0)
    return {
      ...this.organizationSummary(organization),
      counts: {
        active: count('active_count'),
        invited: count('invited_count'),
        disabled: count('disabled_count'),
      },
    }
  },

  organizationDetail(organization: Organization) {
    return {
      ...this.organizationSummary(organization),
      notes: organization.notes,
      allowedDomains: [...(organization.allowedDomains ?? [])],
      createdAt: organization.createdAt.toISO()!,
    }
  },

  customerListItem(user: User) {
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      status: user.status as UserStatus,
      lastLoginAt: user.lastLoginAt?.toISO() ?? null,
    }
  },

  customerDetail(user: User) {
    return {
      ...this.customerListItem(user),
      createdAt: user.createdAt.toISO()!,
      hasTotp: user.hasTotp,
    }
  },
}
