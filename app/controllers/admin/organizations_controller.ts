import type { HttpContext } from '@adonisjs/core/http'
import CreateOrganization from '#actions/organizations/create_organization'
import UpdateOrganization from '#actions/organizations/update_organization'
import OrganizationQueries from '#queries/organization_queries'
import { AdminCustomerProps } from '#services/admin_customer_props'
import { findOrganization } from '#services/admin_records'
import {
  createOrganizationValidator,
  parseOrganizationQuery,
  updateOrganizationValidator,
} from '#validators/admin/organization'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

/**
 * The customer organizations: a searchable list with member counts, "Neue
 * Organisation", and each organization's page (details, allowed domains,
 * its customers). A name or number taken in the meantime is
 * OrganizationTakenException (back to the form, said under the field).
 */
export default class OrganizationsController {
  async index({ inertia, request }: HttpContext) {
    const { search, page } = parseOrganizationQuery(request.qs())
    const result = await OrganizationQueries.list(search, page)
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
    const { id, name } = await CreateOrganization.handle(ctx, input)
    ctx.session.flash('success', ctx.i18n.t('customers.flash.organization_created', { name }))
    return ctx.response.redirect().toRoute('admin.organizations.show', { id })
  }

  async show({ inertia, params }: HttpContext) {
    const organization = await findOrganization(params.id)
    return inertia.render('admin/organizations/show', await OrganizationQueries.page(organization))
  }

  async update(ctx: HttpContext) {
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(updateOrganizationValidator, {
      meta: { organizationId: organization.id },
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    await UpdateOrganization.handle(ctx, organization, input)
    ctx.session.flash('success', ctx.i18n.t('customers.flash.organization_saved'))
    return ctx.response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }
}
