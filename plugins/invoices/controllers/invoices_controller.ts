import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { sendPrivateFile } from '#plugin_kit/private_files'

import {
  filteredInvoices,
  findCustomerInvoice,
  yearsAndUnpaidTotals,
} from '../services/customer_invoices.js'
import { pdfFileName } from '../services/invoice_files.js'
import { todayIso } from '../services/invoice_status.js'
import InvoiceTransformer from '../transformers/invoice_transformer.js'
import { filtersToQuery, parseInvoiceFilters } from '../validators/invoice_filters.js'

export default class InvoicesController {
  /** The list with its filters (year, status) from the query string. */
  async index(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const filters = parseInvoiceFilters(ctx.request.qs())
    const today = todayIso()
    const locale = ctx.i18n.locale
    const t = (key: string) => ctx.i18n.t(key)

    const invoices = await filteredInvoices(user, filters, today)
    const { years, totals } = await yearsAndUnpaidTotals(user)
    return ctx.inertia.render('invoices/index', {
      invoices: invoices.map((invoice) => InvoiceTransformer.toJSON(invoice, { locale, today, t })),
      filters,
      years,
      openTotals: InvoiceTransformer.totals(totals, locale),
      // A year is listed for every invoice there is (whatever the filters).
      hasInvoices: years.length > 0,
      zipUrl: urlFor('invoices.zip', {}, { qs: filtersToQuery(filters) }),
    })
  }

  /** The PDF, streamed from the private disk; another organization's id is a 404. */
  async download(ctx: HttpContext) {
    const invoice = await findCustomerInvoice(ctx.auth.getUserOrFail(), ctx.params.id)
    return sendPrivateFile(ctx, {
      key: invoice.fileKey,
      name: pdfFileName(invoice.number),
      mimeType: 'application/pdf',
    })
  }
}
