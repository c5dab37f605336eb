import type { HttpContext } from '@adonisjs/core/http'
import AttachmentStore from '../services/attachment_store.js'
import TicketQueries from '../services/ticket_queries.js'

/** "name.pdf" as a header: an ASCII fallback plus the exact UTF-8 name (RFC 6266 / 5987). */
function contentDisposition(name: string) {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

/**
 * Streams an attachment from the private drive after the same checks as the
 * ticket itself (organization, visibility, not on an internal note). There is
 * no public URL to a file.
 */
export default class TicketAttachmentsController {
  async show(ctx: HttpContext) {
    const attachment = await TicketQueries.attachment(ctx.auth.user!, ctx.params.id, ctx.params.attachmentId)
    const stream = await AttachmentStore.stream(attachment)
    ctx.response.header('Content-Type', attachment.mimeType)
    ctx.response.header('Content-Length', String(attachment.size))
    ctx.response.header('Content-Disposition', contentDisposition(attachment.originalName))
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    ctx.response.header('Cache-Control', 'private, no-store')
    return ctx.response.stream(stream)
  }
}
