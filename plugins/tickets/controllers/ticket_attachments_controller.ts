import type { HttpContext } from '@adonisjs/core/http'
import TicketQueries from '../services/ticket_queries.js'
import { sendAttachment } from '../services/attachment_download.js'

/**
 * Streams an attachment from the private drive after the same checks as the
 * ticket itself (organization, visibility, not on an internal note). There is
 * no public URL to a file.
 */
export default class TicketAttachmentsController {
  async show(ctx: HttpContext) {
    const attachment = await TicketQueries.attachment(
      ctx.auth.user!,
      ctx.params.id,
      ctx.params.attachmentId
    )
    return sendAttachment(ctx, attachment)
  }
}
