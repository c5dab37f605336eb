import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { filteredInvoices } from '../services/customer_invoices.js'
import { attachment, pdfFileName } from '../services/invoice_files.js'
import { zipArchive } from '../services/zip_archive.js'
import { filtersToQuery, parseInvoiceFilters } from '../validators/invoice_filters.js'

/** "Alle herunterladen": the invoices of the list (same filters) as one ZIP. */
export default class InvoiceArchivesController {
  async show(ctx: HttpContext) {
    const filters = parseInvoiceFilters(ctx.request.qs())
    const invoices = await filteredInvoices(ctx.auth.getUserOrFail(), filters)
    if (!invoices.length) {
      ctx.session.flash('error', ctx.i18n.t('invoices.zip.empty'))
      return ctx.response.redirect().toRoute('invoices.index', {}, { qs: filtersToQuery(filters) })
    }

    const disk = drive.use()
    const archive = zipArchive()
    const names = new Set<string>()
    for (const invoice of invoices) {
      archive.append(await disk.getStream(invoice.fileKey), { name: uniqueName(pdfFileName(invoice.number), names) })
    }
    archive.on('error', (error) => ctx.logger.error({ err: error }, 'invoice ZIP failed'))
    // Errors are logged above; the response then ends early and the download fails visibly.
    archive.finalize().catch(() => {})

    const suffix = filters.year ? `-${filters.year}` : ''
    ctx.response.header('Content-Type', 'application/zip')
    ctx.response.header('Content-Disposition', attachment(`${ctx.i18n.t('invoices.zip.file')}${suffix}.zip`))
    ctx.response.header('Cache-Control', 'private, no-store')
    ctx.response.stream(archive)
  }
}

/** Two numbers can sanitize to the same file name; the second gets "-2". */
function uniqueName(name: string, taken: Set<string>) {
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.pdf$/, `-${n}.pdf`)
  taken.add(candidate)
  return candidate
}
