import type { HttpContext } from '@adonisjs/core/http'
import { contentDisposition } from '#core/file_names'
import { urlFor } from '@adonisjs/core/services/url_builder'
import drive from '@adonisjs/drive/services/main'
import { renderPluginPage } from '#core/render_plugin_page'
import InvoicesNotFoundException from '../exceptions/invoices_not_found_exception.js'
import { customerInvoices, filteredInvoices, findCustomerInvoice, invoiceYears, unpaidTotals } from '../services/customer_invoices.js'
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

    // One after the other: inside a transaction (tests) they share one connection.
    const invoices = await filteredInvoices(user, filters, today)
    const years = await invoiceYears(user)
    const totals = await unpaidTotals(user)
    const anyInvoice = await customerInvoices(user).select('invoices.id').first()
    return renderPluginPage(ctx, 'invoices/index', {
      invoices: invoices.map((invoice) => InvoiceTransformer.toJSON(invoice, { locale, today, t })),
      filters,
      years,
      openTotals: InvoiceTransformer.totals(totals, locale),
      hasInvoices: anyInvoice !== null,
      zipUrl: urlFor('invoices.zip', {}, { qs: filtersToQuery(filters) }),
    })
  }

  /** The PDF, streamed from the private disk; another organization's id is a 404. */
  async download(ctx: HttpContext) {
    const invoice = await findCustomerInvoice(ctx.auth.getUserOrFail(), ctx.params.id)
    const disk = drive.use()
    if (!(await disk.exists(invoice.fileKey))) {
      ctx.logger.error({ invoice: invoice.id, key: invoice.fileKey }, 'invoice PDF missing on the drive disk')
      throw new InvoicesNotFoundException()
    }
    ctx.response.header('Content-Type', 'application/pdf')
    ctx.response.header('Content-Disposition', contentDisposition(pdfFileName(invoice.number)))
    ctx.response.header('Cache-Control', 'private, no-store')
    ctx.response.stream(await disk.getStream(invoice.fileKey))
  }
}
