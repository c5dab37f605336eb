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
