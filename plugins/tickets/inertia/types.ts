import type TicketTransformer from '../transformers/ticket_transformer.js'
import type AdminTicketTransformer from '../transformers/admin_ticket_transformer.js'

/**
 * The shapes the pages get, derived from the transformers that build them
 * (plugins/tickets/transformers): a field added or renamed there changes
 * these types, and `npm run typecheck` shows every page it breaks.
 */
export type TicketListItem = ReturnType<typeof TicketTransformer.listItem>
export type TicketStatus = TicketListItem['status']
export type TicketPriority = TicketListItem['priority']
export type TicketDetail = ReturnType<typeof TicketTransformer.detail>

/** Whether the current user gets the ticket's mails; the requester follows implicitly. */
export type TicketFollowing = ReturnType<typeof TicketTransformer.following>
export type TicketAttachment = ReturnType<typeof TicketTransformer.attachment>
export type TicketThreadMessage = ReturnType<typeof TicketTransformer.thread>[number]
export type TicketWidgetItem = ReturnType<typeof TicketTransformer.widgetItem>

/** The limits the forms state (services/attachment_store.ts attachmentLimits). */
export type AttachmentLimits = { maxFiles: number; maxSize: string; extnames: string[] }

/* Admin console */

/** A staff member as the admin pages name them. */
export type StaffPerson = ReturnType<typeof AdminTicketTransformer.staffOption>
export type AdminInboxItem = ReturnType<typeof AdminTicketTransformer.inboxItem>
export type AdminTicketDetail = ReturnType<typeof AdminTicketTransformer.detail>
export type AdminThreadMessage = ReturnType<typeof AdminTicketTransformer.thread>[number]

/** The inbox's filters as the page gets them back (validators/admin_ticket_validators.ts). */
export type AdminInboxFilters = {
  status: 'active' | 'all' | TicketStatus
  organization: number | ''
  assignee: 'me' | 'none' | number | ''
  flag: 'needs_reply' | 'unread' | ''
  q: string
  sort: 'newest' | 'oldest'
}
