import vine from '@vinejs/vine'
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketStatus } from '../models/ticket.js'
import { nonEmptyFile } from '#plugin_kit/file_rules'
import { attachmentRules } from '../services/attachment_store.js'

const attachments = vine
  .array(
    vine
      .file({ size: attachmentRules.maxSize, extnames: [...attachmentRules.extnames] })
      .use(nonEmptyFile())
  )
  .maxLength(attachmentRules.maxFiles)
  .optional()

/** A new ticket: subject, first message, priority and up to five files. */
export const createTicketValidator = vine.create({
  subject: vine.string().trim().minLength(3).maxLength(200),
  body: vine.string().trim().minLength(1).maxLength(20000),
  priority: vine.enum(TICKET_PRIORITIES).optional(),
  attachments,
})

/** A reply in the thread, with files like a new ticket. */
export const replyValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(20000),
  attachments,
})

export type ListQuery = {
  status?: TicketStatus
  q?: string
  sort: (typeof LIST_SORTS)[number]
  page: number
}

export const LIST_SORTS = ['activity', 'created', 'number'] as const

/**
 * The list's query string. A link with an unknown filter should still show
 * the list, so anything unexpected falls back to the default instead of
 * failing validation.
 */
export function parseListQuery(qs: Record<string, unknown>): ListQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const status = TICKET_STATUSES.find((candidate) => candidate === text(qs.status))
  const sort = LIST_SORTS.find((candidate) => candidate === text(qs.sort)) ?? 'activity'
  const page = Number(text(qs.page) || 1)
  const q = text(qs.q).slice(0, 200)
  return {
    status,
    q: q || undefined,
    sort,
    page: Number.isSafeInteger(page) && page >= 1 && page <= 100000 ? page : 1,
  }
}
