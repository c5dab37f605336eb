import type { HttpContext } from '@adonisjs/core/http'
import UpdateInvoice from '../../actions/update_invoice.js'
import { adminFormOptions } from '../../services/admin_form_options.js'
import { findActiveInvoice } from '../../services/admin_invoices.js'
import { isDuplicateNumber } from '../../services/announce_invoices.js'
import { recordInvoiceAction } from '../../services/invoice_audit.js'
import { todayIso } from '../../services/invoice_status.js'
import AdminInvoiceTransformer from '../../transformers/admin_invoice_transformer.js'
import { updateInvoiceValidator } from '../../validators/admin_invoice_validators.js'
import { invoiceMessages } from '../../validators/invoice_messages_provider.js'

/** Editing an invoice: every field, optionally a new PDF. Deleted invoices cannot be edited (404). */
export default class AdminInvoiceEditsController {
  async edit(ctx: HttpContext) {
    const invoice = await findActiveInvoice(ctx.params.id)
    const formatting = {
      locale: ctx.i18n.locale,
      today: todayIso(),
      t: (key: string) => ctx.i18n.t(key),
    }
    return ctx.inertia.render('invoices/admin/edit', {
      ...(await adminFormOptions()),
      organization: { id: invoice.organization.id, name: invoice.organization.name },
      invoice: AdminInvoiceTransformer.detail(invoice, formatting),
      values: AdminInvoiceTransformer.formValues(invoice, ctx.i18n.locale),
    })
  }

  async update(ctx: HttpContext) {
    const invoice = await findActiveInvoice(ctx.params.id)
    const { amount, ...fields } = await ctx.request.validateUsing(updateInvoiceValidator, {
      messagesProvider: invoiceMessages(ctx.i18n),
      meta: { invoiceId: invoice.id },
    })
    let result
    try {
      result = await UpdateInvoice.handle(invoice, { ...fields, amountCents: amount })
    } catch (error) {
      if (!isDuplicateNumber(error)) throw error
      ctx.session.flash('error', ctx.i18n.t('invoices.admin.flash.number_race'))
      return ctx.response.redirect().back()
    }
    const { changed, before } = result
    const paidChanged = changed.includes('paidAt')
    const other = changed.filter((field) => field !== 'paidAt')
    if (other.length) {
      const renamed =
        before.number !== invoice.number ? { from: before.number, to: invoice.number } : {}
      await recordInvoiceAction(ctx, 'updated', invoice, { fields: other.join(','), ...renamed })
    }
    if (paidChanged)
      await recordInvoiceAction(ctx, invoice.paidAt ? 'marked_paid' : 'marked_unpaid', invoice)
    const key = changed.length ? 'invoices.admin.flash.updated' : 'invoices.admin.flash.unchanged'
    ctx.session.flash('success', ctx.i18n.t(key, { number: invoice.number }))
    return ctx.response.redirect().toRoute('admin.invoices.show', { id: invoice.id })
  }
}
