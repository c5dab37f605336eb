import type { HttpContext } from '@adonisjs/core/http'
import { contentDisposition } from '#plugin_kit/file_names'
import drive from '@adonisjs/drive/services/main'
import { filteredInvoices } from '../services/customer_invoices.js'
import { pdfFileName } from '../services/invoice_files.js'
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
    // Before the first byte goes out: a missing PDF would otherwise cut the ZIP short.
    for (const invoice of invoices) {
      if (!(await disk.exists(invoice.fileKey))) {
        ctx.logger.error({ invoice: invoice.id }, 'invoice PDF missing from the drive')
        ctx.session.flash('error', ctx.i18n.t('invoices.zip.missing', { number: invoice.number }))
        return ctx.response
          .redirect()
          .toRoute('invoices.index', {}, { qs: filtersToQuery(filters) })
      }
    }

    // One file open at a time: the next entry is appended when the previous one is written.
    const archive = zipArchive()
    const names = new Set<string>()
    const pending = [...invoices]
    const appendNext = async () => {
      const invoice = pending.shift()
      if (!invoice) return archive.finalize()
      archive.append(await disk.getStream(invoice.fileKey), {
        name: uniqueName(pdfFileName(invoice.number), names),
      })
    }
    const fail = (error: unknown) => {
      ctx.logger.error({ err: error }, 'invoice ZIP failed')
      archive.abort()
    }
    archive.on('error', fail)
    archive.on('entry', () => appendNext().catch(fail))
    appendNext().catch(fail)

    const suffix = filters.year ? `-${filters.year}` : ''
    ctx.response.header('Content-Type', 'application/zip')
    ctx.response.header(
      'Content-Disposition',
      contentDisposition(`${ctx.i18n.t('invoices.zip.file')}${suffix}.zip`)
    )
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
