import type { HttpContext } from '@adonisjs/core/http'
import { sendPrivateFile } from '#plugin_kit/private_files'
import { chosenOrganization } from '#plugin_kit/organization_filter'
import AuditEventTransformer from '#transformers/audit_event_transformer'
import { adminInvoiceList, findAdminInvoice } from '../../services/admin_invoices.js'
import { invoiceHistory } from '../../services/invoice_audit.js'
import { pdfFileName } from '../../services/invoice_files.js'
import { todayIso } from '../../services/invoice_status.js'
import AdminInvoiceTransformer from '../../transformers/admin_invoice_transformer.js'
import { parseAdminInvoiceFilters } from '../../validators/admin_invoice_filters.js'

/** Staff: every organization's invoices, one invoice's page, its PDF. */
export default class AdminInvoicesController {
  async index(ctx: HttpContext) {
    const filters = parseAdminInvoiceFilters(ctx.request.qs())
    const formatting = this.#formatting(ctx)
    // The chosen organization's name for the picker; an organization that does not exist is ignored like any bad filter.
    const organization = await chosenOrganization(filters.organization)
    if (!organization) filters.organization = null
    // One after the other: inside a transaction (tests) they share one connection.
    const page = await adminInvoiceList(filters, formatting.today)
    return ctx.inertia.render('invoices/admin/index', {
      invoices: page.all().map((invoice) => AdminInvoiceTransformer.row(invoice, formatting)),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters,
      organization,
    })
  }

  async show(ctx: HttpContext) {
    const invoice = await findAdminInvoice(ctx.params.id)
    const history = await invoiceHistory(invoice)
    return ctx.inertia.render('invoices/admin/show', {
      invoice: AdminInvoiceTransformer.detail(invoice, this.#formatting(ctx)),
      history: AuditEventTransformer.transform(history),
    })
  }

  /** The PDF for staff (deleted invoices too), shown in the browser rather than downloaded. */
  async pdf(ctx: HttpContext) {
    const invoice = await findAdminInvoice(ctx.params.id)
    const file = {
      key: invoice.fileKey,
      name: pdfFileName(invoice.number),
      mimeType: 'application/pdf',
    }
    return sendPrivateFile(ctx, file, 'inline')
  }

  #formatting(ctx: HttpContext) {
    return { locale: ctx.i18n.locale, today: todayIso(), t: (key: string) => ctx.i18n.t(key) }
  }
}
