import type { HttpContext } from '@adonisjs/core/http'
import { sendPrivateFile } from '#plugin_kit/private_files'
import type TicketAttachment from '../models/ticket_attachment.js'

/**
 * Sends an attachment the caller has already authorized (customer: the
 * ticket scope; staff: the staff middleware), always as a download with the
 * type from the validated extension, never sniffed and never cached.
 */
export function sendAttachment(ctx: HttpContext, attachment: TicketAttachment) {
  const file = {
    key: attachment.driveKey,
    name: attachment.originalName,
    mimeType: attachment.mimeType,
    size: attachment.size,
  }
  return sendPrivateFile(ctx, file)
}
