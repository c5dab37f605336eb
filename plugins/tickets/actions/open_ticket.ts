import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type User from '#models/user'
import Ticket, { type TicketPriority } from '../models/ticket.js'
import TicketMessage from '../models/ticket_message.js'
import { nextTicketNumber } from '../services/ticket_numbers.js'
import { saveAttachments } from './save_attachments.js'

export type OpenTicketInput = {
  subject: string
  body: string
  priority?: TicketPriority
  files?: MultipartFile[]
}

/**
 * Opens a ticket for the requester's organization with its first message and
 * files. Sends nothing: the caller decides who hears about it (the customer
 * controller mails support; the demo data stays quiet).
 */
export default class OpenTicket {
  static async handle(requester: User, input: OpenTicketInput) {
    return db.transaction(async (trx) => {
      const now = DateTime.now()
      const ticket = await Ticket.create(
        {
          organizationId: requester.organizationId!,
          number: await nextTicketNumber(trx, now),
          subject: input.subject,
          status: 'open',
          priority: input.priority ?? 'normal',
          createdByUserId: requester.id,
          lastActivityAt: now,
          lastCustomerMessageAt: requester.isStaff ? null : now,
          lastStaffReplyAt: requester.isStaff ? now : null,
        },
        { client: trx }
      )
      const message = await TicketMessage.create(
        { ticketId: ticket.id, authorUserId: requester.id, body: input.body, isInternal: false },
        { client: trx }
      )
      await saveAttachments(trx, message, input.files ?? [])
      return { ticket, message }
    })
  }
}
