import vine from '@vinejs/vine'

/** "Zum Ticket hinzufügen": the ticket's number as staff see it (T-2026-0001). */
export const postInboundMailValidator = vine.create({
  ticket: vine
    .string()
    .trim()
    .minLength(1)
    .maxLength(40)
    .toUpperCase()
    .exists({ table: 'tickets', column: 'number' }),
})

/** "Verwerfen" asks first: only the confirmation step's button sends `confirmed`. */
export const discardInboundMailValidator = vine.create({
  confirmed: vine.accepted(),
})
