/** The shapes the tickets transformers send (plugins/tickets/transformers/ticket_transformer.ts). */
export type TicketStatus = 'open' | 'in_progress' | 'waiting_for_customer' | 'closed'
export type TicketPriority = 'low' | 'normal' | 'high'

export type TicketListItem = {
  id: number
  number: string
  subject: string
  status: TicketStatus
  priority: TicketPriority
  openedBy: string | null
  lastActivityAt: string
  createdAt: string
}

export type TicketDetail = TicketListItem & { isClosed: boolean }

/** Whether the current user gets the ticket's mails; the requester follows implicitly. */
export type TicketFollowing = { isRequester: boolean; following: boolean }

export type TicketAttachment = { id: number; name: string; size: number; mimeType: string }

export type TicketThreadMessage = {
  id: number
  author: string | null
  authorIsStaff: boolean
  body: string
  createdAt: string
  attachments: TicketAttachment[]
}

export type AttachmentLimits = { maxFiles: number; maxSize: string; extnames: string[] }

export type TicketWidgetItem = Pick<TicketListItem, 'id' | 'number' | 'subject' | 'status' | 'lastActivityAt'>

/* Admin console (plugins/tickets/transformers/admin_ticket_transformer.ts) */

/** A staff member as the admin pages name them. */
export type StaffPerson = { id: number; name: string }

export type AdminInboxItem = {
  id: number
  number: string
  subject: string
  status: TicketStatus
  priority: TicketPriority
  organization: string | null
  requester: string | null
  assignee: StaffPerson | null
  lastActivityAt: string
  unread: boolean
  needsReply: boolean
}

export type AdminInboxFilters = {
  status: 'active' | 'all' | TicketStatus
  organization: number | ''
  assignee: 'me' | 'none' | number | ''
  flag: 'needs_reply' | 'unread' | ''
  q: string
  sort: 'newest' | 'oldest'
}

export type AdminTicketDetail = {
  id: number
  number: string
  subject: string
  status: TicketStatus
  priority: TicketPriority
  isClosed: boolean
  needsReply: boolean
  organization: { id: number; name: string } | null
  requester: { name: string | null; email: string } | null
  assignee: StaffPerson | null
  createdAt: string
  lastActivityAt: string
}

export type AdminThreadMessage = TicketThreadMessage & { isInternal: boolean }
