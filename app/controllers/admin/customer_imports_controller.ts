import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import ImportCustomers from '#actions/customers/import_customers'
import ImportTooLargeException from '#exceptions/import_too_large_exception'
import CustomerImport, { IMPORT_LIMIT, type ImportPreview } from '#services/customer_import'
import { findOrganization } from '#services/admin_records'
import { AdminCustomerProps } from '#services/admin_customer_props'
import { importCommitValidator, importPreviewValidator } from '#validators/admin/customer_import'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

/** What the preview step hands to the page (once, as flash): the text it checked and the outcome. */
type PreviewState = { text: string; invite: boolean; locale: 'de' | 'en'; preview: ImportPreview }
type PreviewInput = Infer<typeof importPreviewValidator>
const PREVIEW_KEY = 'customerImportPreview'

/** Many customers at once: paste a list (or a CSV file, read in the browser), preview, confirm. */
export default class CustomerImportsController {
  async show({ inertia, params, session }: HttpContext) {
    const organization = await findOrganization(params.id)
    return inertia.render('admin/organizations/import', {
      organization: AdminCustomerProps.organizationSummary(organization),
      limit: IMPORT_LIMIT,
      state: (session.flashMessages.get(PREVIEW_KEY) as PreviewState | undefined) ?? null,
    })
  }

  async preview(ctx: HttpContext) {
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(importPreviewValidator, {
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const { preview, tooMany } = await CustomerImport.preview(organization, input.text)
    if (!preview) throw new ImportTooLargeException(tooMany, organization.id)
    return this.#showPreview(ctx, organization.id, input, preview)
  }

  async store(ctx: HttpContext) {
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(importCommitValidator, {
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const outcome = await ImportCustomers.handle(ctx, organization, input)
    if (outcome.kind !== 'imported') {
      const why =
        outcome.kind === 'stale' ? 'customers.import.stale' : 'customers.import.nothing_new'
      ctx.session.flash('error', ctx.i18n.t(why))
      return this.#showPreview(ctx, organization.id, input, outcome.preview)
    }
    const done = outcome.invited ? 'customers.flash.imported_invited' : 'customers.flash.imported'
    ctx.session.flash('success', ctx.i18n.t(done, { count: outcome.users.length }))
    return ctx.response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }

  /** Back to the import page with the preview; the invitation is on unless unticked. */
  #showPreview(ctx: HttpContext, id: number, input: PreviewInput, preview: ImportPreview) {
    const { text, invite = true, locale = 'de' } = input
    ctx.session.flash(PREVIEW_KEY, { text, invite, locale, preview } satisfies PreviewState)
    return ctx.response.redirect().toRoute('admin.organizations.import.show', { id })
  }
}
