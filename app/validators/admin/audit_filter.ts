import vine from '@vinejs/vine'

/** The audit log's filters from the query string; anything malformed is dropped, never a 500. */
export const auditFilterValidator = vine.create({
  person: vine.string().trim().maxLength(200).optional(),
  organization: vine.number().positive().withoutDecimals().max(2_147_483_647).optional(),
  event: vine.string().trim().maxLength(64).optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  page: vine.number().positive().withoutDecimals().max(100000).optional(),
})
