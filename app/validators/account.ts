import vine from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'

/**
 * "Wiederherstellungscode verwenden" on the code step. Only the length is
 * checked here; the controller tells a malformed code (not counted as a
 * guess) from a wrong one (counted), with its own message on the field.
 */
export const recoveryCodeValidator = vine.create({
  recoveryCode: vine.string().trim().maxLength(40),
})

/**
 * A record id from the URL, or null for anything that is not one (letters,
 * 0, numbers beyond PostgreSQL's integer): such a URL is "not found", never an error.
 */
export function recordId(value: unknown) {
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 && /^\d+$/.test(String(value)) ? id : null
}

/** The same as a 404 page: an id that cannot exist is not found. */
export function recordIdOrFail(value: unknown) {
  const id = recordId(value)
  if (id === null) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
  return id
}
