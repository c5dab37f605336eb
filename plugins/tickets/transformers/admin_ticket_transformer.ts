import type User from '#models/user'
import type Ticket from '../models/ticket.js'
import type TicketMessage from '../models/ticket_message.js'
import TicketTransformer from './ticket_transformer.js'

/** How staff see a person: the name, or the address when there is none (staff may know it). */
function staffView(user: User | undefined | null) {
  return user ? { id: user.id, name: user.name ?? user.email } : null
}

/**
 * What the admin pages may see of tickets. Staff see every organization and
 * internal notes (marked as such), but still no model goes out whole and no
 * drive key leaves the server. Never use this for customer pages.
 */
export default class AdminTicketTransformer {
  /** A row of the inbox (createdBy, organization and assignee preloaded; is_unread selected). */
  static inboxItem(ticket: Ticket) {
    return {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      organization: ticket.organization?.name ?? null,
      requester: staffView(ticket.createdBy)?.name ?? null,
      assignee: staffView(ticket.assignee),
      lastActivityAt: ticket.lastActivityAt.toISO()!,
      unread: Boolean(ticket.$extras.is_unread),
      needsReply: ticket.needsReply,
    }
  }

  /** The ticket view's header. */
  static detail(ticket: Ticket) {
    return {
      id: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      isClosed: ticket.isClosed,
      needsReply: ticket.needsReply,
      organization: ticket.organization
        ? { id: ticket.organization.id, name: ticket.organization.name }
        : null,
      requester: ticket.createdBy
        ? { name: ticket.createdBy.name, email: ticket.createdBy.email }
        : null,
      assignee: staffView(ticket.assignee),
      createdAt: ticket.createdAt.toISO()!,
      lastActivityAt: ticket.lastActivityAt.toISO()!,
    }
  }

  /** The whole thread for staff, internal notes flagged (author and attachments preloaded). */
  static thread(messages: TicketMessage[]) {
    return messages.map((message) => ({
      id: message.id,
      author: staffView(message.author)?.name ?? null,
      authorIsStaff: message.author?.role === 'staff',
      isInternal: message.isInternal,
      body: message.body,
      createdAt: message.createdAt.toISO()!,
      attachments: message.attachments.map((attachment) =>
        TicketTransformer.attachment(attachment)
      ),
    }))
  }

  /** A staff member to pick in the assignee select and filter. */
  static staffOption(user: User) {
    return staffView(user)!
  }
}
