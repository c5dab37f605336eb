import vine from '@vinejs/vine'
import { TICKET_STATUSES, type TicketStatus } from '../models/ticket.js'
import { nonEmptyFile } from '#plugin_kit/file_rules'
import { attachmentRules } from '../services/attachment_store.js'

/** A staff answer or internal note, with files under the same limits as the customer's. */
export const staffReplyValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(20000),
  /** true: an internal note, for staff only */
  internal: vine.boolean().optional(),
  /** the ticket's status afterwards; unchanged when left out */
  status: vine.enum(TICKET_STATUSES).optional(),
  attachments: vine
    .array(
      vine
        .file({ size: attachmentRules.maxSize, extnames: [...attachmentRules.extnames] })
        .use(nonEmptyFile())
    )
    .maxLength(attachmentRules.maxFiles)
    .optional(),
})

export const ticketStatusValidator = vine.create({
  status: vine.enum(TICKET_STATUSES),
})

/** A staff member who may take tickets (not disabled), or null to unassign. */
export const assignTicketValidator = vine.create({
  assignee: vine
    .number()
    .withoutDecimals()
    .positive()
    // PostgreSQL integers end here; a larger number would fail in the database, not here.
    .max(2_147_483_647)
    .exists({
      table: 'users',
      column: 'id',
      filter: (query) => {
        query.where('role', 'staff').whereNot('status', 'disabled')
      },
    })
    .nullable(),
})

export const INBOX_STATUSES = ['active', 'all', ...TICKET_STATUSES] as const
export const INBOX_FLAGS = ['needs_reply', 'unread'] as const
export const INBOX_SORTS = ['newest', 'oldest'] as const

export type InboxQuery = {
  /** "active" = every status but closed (the default), "all", or one status */
  status: 'active' | 'all' | TicketStatus
  organization?: number
  /** "me", "none" (unassigned) or a staff member's id */
  assignee?: 'me' | 'none' | number
  flag?: (typeof INBOX_FLAGS)[number]
  q?: string
  sort: (typeof INBOX_SORTS)[number]
  page: number
}

/**
 * The inbox's query string. A bookmarked or hand-edited link should still
 * show the inbox, so every value that is malformed, or names a staff
 * member that is not on offer, is ignored on its own and the rest still
 * applies (the controller does the same for an unknown organization).
 */
export function parseInboxQuery(
  qs: Record<string, unknown>,
  known: { staff: number[] }
): InboxQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const id = (value: unknown) => {
    const numeric = /^\d{1,10}$/.test(text(value)) ? Number(text(value)) : 0
    return numeric >= 1 ? numeric : undefined
  }
  const organization = id(qs.organization)
  const assigneeText = text(qs.assignee)
  const assigneeId = id(qs.assignee)
  const page = /^\d{1,6}$/.test(text(qs.page)) ? Number(text(qs.page)) : 1
  const q = text(qs.q).slice(0, 200)
  return {
    status: INBOX_STATUSES.find((candidate) => candidate === text(qs.status)) ?? 'active',
    organization,
    assignee:
      assigneeText === 'me' || assigneeText === 'none'
        ? assigneeText
        : assigneeId && known.staff.includes(assigneeId)
          ? assigneeId
          : undefined,
    flag: INBOX_FLAGS.find((candidate) => candidate === text(qs.flag)),
    q: q || undefined,
    sort: INBOX_SORTS.find((candidate) => candidate === text(qs.sort)) ?? 'newest',
    page: page >= 1 ? page : 1,
  }
}
