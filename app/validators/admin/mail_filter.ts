import vine from '@vinejs/vine'

export const MAIL_STATUS_FILTERS = ['failed', 'queued', 'sent', 'all'] as const

/** The mail list's filters from the query string; anything malformed is dropped, never a 500. */
export const mailFilterValidator = vine.create({
  status: vine.enum(MAIL_STATUS_FILTERS).optional(),
  recipient: vine.string().trim().maxLength(200).optional(),
  // Older mails are found by their address; a page deep in months of mail costs a long scan.
  page: vine.number().positive().withoutDecimals().max(200).optional(),
})
