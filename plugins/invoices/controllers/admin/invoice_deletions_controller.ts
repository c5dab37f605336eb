import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { findActiveInvoice } from '../../services/admin_invoices.js'
import { recordInvoiceAction } from '../../services/invoice_audit.js'
import { deleteInvoiceValidator } from '../../validators/admin_invoice_validators.js'
import { invoiceMessages } from '../../validators/invoice_messages_provider.js'

/**
 * Deleting is a soft delete after a confirmation step: customers no longer
 * see the invoice (list, download, ZIP), while the row, its PDF and its
 * number stay for the audit trail.
 */
export default class AdminInvoiceDeletionsController {
  async destroy(ctx: HttpContext) {
    const invoice = await findActiveInvoice(ctx.params.id)
    await ctx.request.validateUsing(deleteInvoiceValidator, {
      messagesProvider: invoiceMessages(ctx.i18n),
    })
    invoice.deletedAt = DateTime.now()
    await invoice.save()
    await recordInvoiceAction(ctx, 'deleted', invoice)
    ctx.session.flash(
      'success',
      ctx.i18n.t('invoices.admin.flash.deleted', { number: invoice.number })
    )
    return ctx.response.redirect().toRoute('admin.invoices.index')
  }
}
