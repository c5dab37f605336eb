import type User from '#models/user'
import type Ticket from '../models/ticket.js'
import type TicketMessage from '../models/ticket_message.js'
import type TicketAttachment from '../models/ticket_attachment.js'
import type { TicketListRow, TicketWidgetRow } from '../services/ticket_queries.js'

/** A person's name, never their email address (colleagues must not collect addresses). */
function personName(user: User | undefined | null) {
  return user?.name ?? null
}

/**
 * What the browser may see of tickets. Picks fields one by one: no model is
 * ever serialized whole, drive keys stay on the server, and internal notes
 * never reach a customer (the caller passes only non-internal messages; the
 * thread helper below drops any that slip through).
 */
export default class TicketTransformer {
  /** A row of the list: a plain row with the requester's name (TicketQueries.list). */
  static listItem(row: TicketListRow) {
    return {
      id: row.id,
      number: row.number,
      subject: row.subject,
      status: row.status,
      priority: row.priority,
      openedBy: row.created_by_name,
      lastActivityAt: row.last_activity_at.toISOString(),
      createdAt: row.created_at.toISOString(),
    }
  }

  /** The detail page's ticket (createdBy loaded): the list's fields and whether it is closed. */
  static detail(ticket: Ticket) {
    const row: TicketListRow = {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      created_by_name: personName(ticket.createdBy),
      last_activity_at: ticket.lastActivityAt.toJSDate(),
      created_at: ticket.createdAt.toJSDate(),
    }
    return { ...this.listItem(row), isClosed: ticket.isClosed }
  }

  /** Whether the current user hears about replies and status changes; the requester always does. */
  static following(ticket: Ticket, user: User, following: boolean) {
    const isRequester = ticket.createdByUserId === user.id
    return { isRequester, following: isRequester || following }
  }

  static attachment(attachment: TicketAttachment) {
    return {
      id: attachment.id,
      name: attachment.originalName,
      size: attachment.size,
      mimeType: attachment.mimeType,
    }
  }

  /** The customer's thread (author and attachments preloaded). */
  static thread(messages: TicketMessage[]) {
    return messages
      .filter((message) => !message.isInternal)
      .map((message) => ({
        id: message.id,
        author: personName(message.author),
        authorIsStaff: message.author?.role === 'staff',
        body: message.body,
        createdAt: message.createdAt.toISO()!,
        attachments: message.attachments.map((attachment) => this.attachment(attachment)),
      }))
  }

  /** A ticket in the dashboard widget. */
  static widgetItem(row: TicketWidgetRow) {
    return {
      id: row.id,
      number: row.number,
      subject: row.subject,
      status: row.status,
      lastActivityAt: row.last_activity_at.toISOString(),
    }
  }
}
