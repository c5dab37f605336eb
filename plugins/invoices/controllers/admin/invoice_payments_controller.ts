import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { findActiveInvoice } from '../../services/admin_invoices.js'
import { recordInvoiceAction } from '../../services/invoice_audit.js'

/**
 * "Bezahlt" / "Offen" with one click, from the list and the invoice's page.
 * Clicking twice changes nothing and records nothing the second time.
 */
export default class AdminInvoicePaymentsController {
  async paid(ctx: HttpContext) {
    const invoice = await findActiveInvoice(ctx.params.id)
    if (!invoice.paidAt) {
      invoice.paidAt = DateTime.now()
      await invoice.save()
      await recordInvoiceAction(ctx, 'marked_paid', invoice)
    }
    ctx.session.flash(
      'success',
      ctx.i18n.t('invoices.admin.flash.marked_paid', { number: invoice.number })
    )
    return ctx.response.redirect().back()
  }

  async unpaid(ctx: HttpContext) {
    const invoice = await findActiveInvoice(ctx.params.id)
    if (invoice.paidAt) {
      invoice.paidAt = null
      await invoice.save()
      await recordInvoiceAction(ctx, 'marked_unpaid', invoice)
    }
    ctx.session.flash(
      'success',
      ctx.i18n.t('invoices.admin.flash.marked_unpaid', { number: invoice.number })
    )
    return ctx.response.redirect().back()
  }
}
