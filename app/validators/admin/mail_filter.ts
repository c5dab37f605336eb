import vine from '@vinejs/vine'

export const MAIL_STATUS_FILTERS = ['failed', 'queued', 'sent', 'all'] as const

/** The mail list's filters from the query string; anything malformed is dropped, never a 500. */
export const mailFilterValidator = vine.create({
  status: vine.enum(MAIL_STATUS_FILTERS).optional(),
  recipient: vine.string().trim().maxLength(200).optional(),
  page: vine.number().positive().withoutDecimals().max(100000).optional(),
})
