import Organization from '#models/organization'
import User from '#models/user'
import { AdminCustomerProps } from '#services/admin_customer_props'
import { MAX_ALLOWED_DOMAINS } from '#services/admin_domains'
import { IMPORT_LIMIT } from '#services/customer_import'

const PER_PAGE = 50

/** The customer organizations as the console lists them, and one organization's page. */
export default class OrganizationQueries {
  /** A page of the list, by name, with the counts of active, invited and disabled customers. */
  static list(search: string, page: number) {
    const query = Organization.query().orderByRaw('lower(name)').orderBy('id')
    for (const status of ['active', 'invited', 'disabled'] as const) {
      query.withCount('users', (users) =>
        users.where('role', 'customer').where('status', status).as(`${status}_count`)
      )
    }
    if (search) {
      // Name, customer number, or the address of one of its people; % and _ are taken literally.
      const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`
      query.where((where) =>
        where
          .whereILike('name', pattern)
          .orWhereILike('customer_number', pattern)
          .orWhereExists((users) =>
            users
              .from('users')
              .whereColumn('users.organization_id', 'organizations.id')
              .whereILike('users.email', pattern)
          )
      )
    }
    return query.paginate(page, PER_PAGE)
  }

  /** The organization's page: details, allowed domains, its customers (no staff) by name. */
  static async page(organization: Organization) {
    const customers = await User.query()
      .where('organization_id', organization.id)
      .where('role', 'customer')
      .orderByRaw('lower(coalesce(name, email))')
      .orderBy('id')
    return {
      organization: AdminCustomerProps.organizationDetail(organization),
      customers: customers.map((user) => AdminCustomerProps.customerListItem(user)),
      maxDomains: MAX_ALLOWED_DOMAINS,
      importLimit: IMPORT_LIMIT,
    }
  }
}
