import type { HttpContext } from '@adonisjs/core/http'
import { contentDisposition } from '#core/file_names'
import type TicketAttachment from '../models/ticket_attachment.js'
import AttachmentStore from './attachment_store.js'


/**
 * Streams an attachment the caller has already authorized (customer: the
 * ticket scope; staff: the staff middleware), always as a download with the
 * type from the validated extension, never sniffed and never cached.
 */
export async function sendAttachment(ctx: HttpContext, attachment: TicketAttachment) {
  const stream = await AttachmentStore.stream(attachment)
  ctx.response.header('Content-Type', attachment.mimeType)
  ctx.response.header('Content-Length', String(attachment.size))
  ctx.response.header('Content-Disposition', contentDisposition(attachment.originalName))
  ctx.response.header('X-Content-Type-Options', 'nosniff')
  ctx.response.header('Cache-Control', 'private, no-store')
  return ctx.response.stream(stream)
}
