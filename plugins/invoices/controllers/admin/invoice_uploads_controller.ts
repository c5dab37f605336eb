import type { HttpContext } from '@adonisjs/core/http'
import { chosenOrganization } from '#plugin_kit/organization_filter'
import StoreInvoices from '../../actions/store_invoices.js'
import { adminFormOptions, defaultDates } from '../../services/admin_form_options.js'
import { announceInvoices, isDuplicateNumber } from '../../services/announce_invoices.js'
import { createInvoiceValidator } from '../../validators/admin_invoice_validators.js'
import { invoiceMessages } from '../../validators/invoice_messages_provider.js'

/** "Rechnung hochladen": one invoice with its PDF. */
export default class AdminInvoiceUploadsController {
  /** `?organization=<id>` preselects the organization (links from an organization's page). */
  async create(ctx: HttpContext) {
    const organization = await chosenOrganization(ctx.request.qs().organization)
    return ctx.inertia.render('invoices/admin/create', {
      ...(await adminFormOptions()),
      organization,
      values: {
        organizationId: organization?.id ?? null,
        number: '',
        ...defaultDates(),
        amount: '',
        currency: 'EUR',
        paid: false,
        notify: true,
      },
    })
  }

  /** Invalid input goes back to the form with the errors under the fields (the file must be chosen again). */
  async store(ctx: HttpContext) {
    const { pdf, notify, amount, ...fields } = await ctx.request.validateUsing(
      createInvoiceValidator,
      {
        messagesProvider: invoiceMessages(ctx.i18n),
      }
    )
    let invoices
    try {
      invoices = await StoreInvoices.handle([{ ...fields, amountCents: amount, pdf }])
    } catch (error) {
      if (!isDuplicateNumber(error)) throw error
      ctx.session.flash('error', ctx.i18n.t('invoices.admin.flash.number_race'))
      return ctx.response.redirect().back()
    }
    const mailed = await announceInvoices(ctx, invoices, notify ?? false)
    const [invoice] = invoices
    ctx.session.flash(
      'success',
      ctx.i18n.t('invoices.admin.flash.uploaded', { number: invoice.number, mailed })
    )
    return ctx.response.redirect().toRoute('admin.invoices.show', { id: invoice.id })
  }
}
