import type { HttpContext } from '@adonisjs/core/http'
import AdminTicketQueries from '../../services/admin_ticket_queries.js'
import { sendAttachment } from '../../services/attachment_download.js'

/** Staff download any attachment of a ticket, internal notes' included (the route is staff-only). */
export default class AdminTicketAttachmentsController {
  async show(ctx: HttpContext) {
    const attachment = await AdminTicketQueries.attachment(ctx.params.id, ctx.params.attachmentId)
    return sendAttachment(ctx, attachment)
  }
}
