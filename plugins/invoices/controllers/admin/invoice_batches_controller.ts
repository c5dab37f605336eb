import type { HttpContext } from '@adonisjs/core/http'
import StoreInvoices from '../../actions/store_invoices.js'
import { adminFormOptions, defaultDates } from '../../services/admin_form_options.js'
import { announceInvoices, isDuplicateNumber } from '../../services/announce_invoices.js'
import { batchInvoicesValidator } from '../../validators/admin_invoice_validators.js'
import { invoiceMessages } from '../../validators/invoice_messages_provider.js'

/** Several invoices at once: every row is checked first, then all are stored or none. */
export default class AdminInvoiceBatchesController {
  async create(ctx: HttpContext) {
    return ctx.inertia.render('invoices/admin/batch', {
      ...(await adminFormOptions()),
      defaults: defaultDates(),
    })
  }

  async store(ctx: HttpContext) {
    const { rows, notify } = await ctx.request.validateUsing(batchInvoicesValidator, {
      messagesProvider: invoiceMessages(ctx.i18n),
    })
    let invoices
    try {
      invoices = await StoreInvoices.handle(
        rows.map(({ amount, ...row }) => ({ ...row, amountCents: amount }))
      )
    } catch (error) {
      if (!isDuplicateNumber(error)) throw error
      ctx.session.flash('error', ctx.i18n.t('invoices.admin.flash.number_race'))
      return ctx.response.redirect().back()
    }
    const mailed = await announceInvoices(ctx, invoices, notify ?? false)
    ctx.session.flash(
      'success',
      ctx.i18n.t('invoices.admin.flash.batch_uploaded', { count: invoices.length, mailed })
    )
    return ctx.response.redirect().toRoute('admin.invoices.index')
  }
}
