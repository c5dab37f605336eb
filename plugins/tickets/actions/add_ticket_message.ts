import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import type Ticket from '../models/ticket.js'
import type { TicketStatus } from '../models/ticket.js'
import TicketMessage from '../models/ticket_message.js'
import { saveAttachments, type AttachmentBytes } from './save_attachments.js'

export type AddTicketMessageInput = {
  body: string
  files?: MultipartFile[]
  /** staff notes the customer never sees */
  isInternal?: boolean
  /** the ticket's status after this message; unchanged when left out */
  status?: TicketStatus
  /** files that arrived as bytes (a reply by email), checked against the same limits by the caller */
  fileBytes?: AttachmentBytes[]
  /** runs inside this transaction (the caller commits other work with it) instead of its own */
  client?: TransactionClientContract
}

/**
 * Adds a message to a ticket's thread: a customer's reply, or a staff
 * answer or internal note from the admin console. Internal notes do not
 * count as activity the customer can see, nor as an answer.
 */
export default class AddTicketMessage {
  static async handle(ticket: Ticket, author: User, input: AddTicketMessageInput) {
    const inTransaction = <T>(work: (trx: TransactionClientContract) => Promise<T>) =>
      input.client ? work(input.client) : db.transaction(work)
    const message = await inTransaction(async (trx) => {
      const created = await TicketMessage.create(
        {
          ticketId: ticket.id,
          authorUserId: author.id,
          body: input.body,
          isInternal: input.isInternal ?? false,
        },
        { client: trx }
      )
      await saveAttachments(trx, created, input.files ?? [], input.fileBytes ?? [])
      const now = DateTime.now().toJSDate()
      // Who spoke last decides the inbox's "needs a reply"; internal notes are not a reply.
      const spoke = author.isStaff
        ? { last_staff_reply_at: now }
        : { last_customer_message_at: now }
      await trx
        .from('tickets')
        .where('id', ticket.id)
        .update({
          ...(created.isInternal ? {} : { last_activity_at: now, ...spoke }),
          ...(input.status ? { status: input.status } : {}),
          updated_at: now,
        })
      return created
    })
    await ticket.refresh()
    return message
  }

  /**
   * A customer writing on a ticket hands it back to the agency: a ticket
   * waiting for the customer, or a closed one, is open again. A closed ticket
   * is reopened rather than refused, because a customer who writes again
   * still has the problem, and a new ticket would split the history.
   */
  static statusAfterCustomerReply(status: TicketStatus): TicketStatus {
    return status === 'waiting_for_customer' || status === 'closed' ? 'open' : status
  }
}
