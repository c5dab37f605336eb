import type { HttpContext } from '@adonisjs/core/http'
import CustomerImport, { IMPORT_LIMIT, type ImportPreview } from '#services/customer_import'
import { recordStaffAction } from '#services/audit_log'
import { inviteCustomers } from '#services/admin_invitations'
import { findOrganization } from '#services/admin_records'
import { AdminCustomerProps } from '#services/admin_customer_props'
import { importCommitValidator, importPreviewValidator } from '#validators/admin/customer_import'
import CustomerMessagesProvider from '#validators/admin/customer_messages_provider'

/** What the preview step hands to the page (once, as flash): the text it checked and the outcome. */
type PreviewState = { text: string; invite: boolean; locale: 'de' | 'en'; preview: ImportPreview }
const PREVIEW_KEY = 'customerImportPreview'

/**
 * Many customers at once: paste a list (or read a CSV file into it in the
 * browser), see the preview line by line, confirm. The confirmation sends
 * the same text with the preview's fingerprint, so what is imported is
 * exactly what was shown (see CustomerImport).
 */
export default class CustomerImportsController {
  async show({ inertia, params, session }: HttpContext) {
    const organization = await findOrganization(params.id)
    const state = (session.flashMessages.get(PREVIEW_KEY) as PreviewState | undefined) ?? null
    return inertia.render('admin/organizations/import', {
      organization: AdminCustomerProps.organizationSummary(organization),
      limit: IMPORT_LIMIT,
      state,
    })
  }

  async preview(ctx: HttpContext) {
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(importPreviewValidator, {
      messagesProvider: new CustomerMessagesProvider(ctx.i18n),
    })
    const { preview, tooMany } = await CustomerImport.preview(organization, input.text)
    if (!preview) return this.#tooMany(ctx, organization.id, tooMany)
    this.#keep(ctx, {
      text: input.text,
      invite: input.invite ?? true,
      locale: input.locale ?? 'de',
      preview,
    })
    return ctx.response
      .redirect()
      .toRoute('admin.organizations.import.show', { id: organization.id })
  }

  async store(ctx: HttpContext) {
    const { i18n, session, response } = ctx
    const organization = await findOrganization(ctx.params.id)
    const input = await ctx.request.validateUsing(importCommitValidator, {
      messagesProvider: new CustomerMessagesProvider(i18n),
    })
    const invite = input.invite ?? true
    const locale = input.locale ?? 'de'
    const outcome = await CustomerImport.commit(organization, input.text, input.fingerprint)
    const back = () =>
      response.redirect().toRoute('admin.organizations.import.show', { id: organization.id })

    if (outcome.kind === 'too_many') return this.#tooMany(ctx, organization.id, outcome.tooMany)
    if (outcome.kind !== 'imported') {
      this.#keep(ctx, { text: input.text, invite, locale, preview: outcome.preview })
      session.flash(
        'error',
        i18n.t(outcome.kind === 'stale' ? 'customers.import.stale' : 'customers.import.nothing_new')
      )
      return back()
    }

    const { users } = outcome
    await recordStaffAction(ctx, 'customers.imported', {
      organizationId: organization.id,
      meta: { count: users.length },
    })
    for (const user of users)
      await recordStaffAction(ctx, 'customers.added', {
        user,
        meta: { label: user.email, by: 'import' },
      })
    if (invite) await inviteCustomers(ctx, users, organization.name, locale)

    session.flash(
      'success',
      i18n.t(invite ? 'customers.flash.imported_invited' : 'customers.flash.imported', {
        count: users.length,
      })
    )
    return response.redirect().toRoute('admin.organizations.show', { id: organization.id })
  }

  #keep({ session }: HttpContext, state: PreviewState) {
    session.flash(PREVIEW_KEY, state)
  }

  #tooMany({ session, i18n, response }: HttpContext, organizationId: number, count: number) {
    session.flash('inputErrorsBag', {
      text: i18n.t('customers.validation.import_too_many', { max: IMPORT_LIMIT, count }),
    })
    return response.redirect().toRoute('admin.organizations.import.show', { id: organizationId })
  }
}
