import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import User from '#models/user'
import { recordStaffAction } from '#services/audit_log'
import { AdminCustomerProps } from '#services/admin_customer_props'
import { findOrganization } from '#services/admin_records'
import { MAX_ALLOWED_DOMAINS } from '#services/admin_domains'
import { IMPORT_LIMIT } from '#services/customer_import'
import {
  createOrganizationValidator,
  parseOrganizationQuery,
  updateOrganizationValidator,
} from '#validators/admin/organization'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

const PER_PAGE = 50

/**
 * The customer organizations: a searchable list with member counts, "Neue
 * Organisation", and each organization's page (details, allowed domains,
 * its customers).
 */
export default class OrganizationsController {
  async index({ inertia, request }: HttpContext) {
    const { search, page } = parseOrganizationQuery(request.qs())
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
    const result = await query.paginate(page, PER_PAGE)
    return inertia.render('admin/organizations/index', {
      search,
      organizations: result
        .all()
        .map((organization) => AdminCustomerProps.organizationListItem(organization)),
      pagination: { page: result.currentPage, lastPage: result.lastPage, total: result.total },
    })
  }

  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(createOrganizationValidator, {
      meta: { organizationId: null },
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const organization = new Organization().merge({
      name: input.name,
      customerNumber: input.customerNumber ?? null,
      notes: input.notes ?? null,
    })
    if (!(await this.#saved(ctx, organization)))
      return ctx.response.redirect().toRoute('admin.organizations.index')
    await recordStaffAction(ctx, 'customers.organization_created', {
      organizationId: organization.id,
      meta: { name: organization.name, number: organization.customerNumber },
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('customers.flash.organization_created', { name: organization.name })
    )
    return ctx.response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }

  async show({ inertia, params }: HttpContext) {
    const organization = await findOrganization(params.id)
    const customers = await User.query()
      .where('organization_id', organization.id)
      .where('role', 'customer')
      .orderByRaw('lower(coalesce(name, email))')
      .orderBy('id')
    return inertia.render('admin/organizations/show', {
      organization: AdminCustomerProps.organizationDetail(organization),
      customers: customers.map((user) => AdminCustomerProps.customerListItem(user)),
      maxDomains: MAX_ALLOWED_DOMAINS,
      importLimit: IMPORT_LIMIT,
    })
  }

  async update(ctx: HttpContext) {
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(updateOrganizationValidator, {
      meta: { organizationId: organization.id },
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const before = AdminCustomerProps.organizationDetail(organization)
    organization.merge({
      name: input.name,
      customerNumber: input.customerNumber ?? null,
      notes: input.notes ?? null,
      allowedDomains: input.allowedDomains ?? [],
    })
    const changed = Object.keys(organization.$dirty)
    if (changed.length) {
      if (!(await this.#saved(ctx, organization))) {
        return ctx.response.redirect().toRoute('admin.organizations.show', { id: organization.id })
      }
      await recordStaffAction(ctx, 'customers.organization_updated', {
        organizationId: organization.id,
        meta: {
          label: changed.join(', '),
          ...(before.name !== organization.name
            ? { from: before.name, to: organization.name }
            : {}),
          ...(changed.includes('allowedDomains') ? { domains: organization.allowedDomains } : {}),
        },
      })
    }
    ctx.session.flash('success', ctx.i18n.t('customers.flash.organization_saved'))
    return ctx.response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }

  /**
   * Saves, or, when a colleague took the same name or number between the
   * validation and this save, says so under the field instead of a 500.
   * In its own (sub)transaction, so the failed statement does not spoil
   * whatever transaction surrounds the request.
   */
  async #saved({ session, i18n }: HttpContext, organization: Organization) {
    try {
      await db.transaction(async (trx) => {
        organization.useTransaction(trx)
        await organization.save()
      })
      return true
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string }
      if (code !== '23505') throw error
      const field = constraint?.includes('customer_number') ? 'customerNumber' : 'name'
      const key = field === 'name' ? 'organization_name_taken' : 'customer_number_taken'
      session.flash('inputErrorsBag', { [field]: i18n.t(`customers.validation.${key}`) })
      return false
    }
  }
}
