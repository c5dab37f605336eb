import vine from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'
import { routeId } from '#plugin_kit/route_ids'

/**
 * "Wiederherstellungscode verwenden" on the code step. Only the length is
 * checked here; the controller tells a malformed code (not counted as a
 * guess) from a wrong one (counted), with its own message on the field.
 */
export const recoveryCodeValidator = vine.create({
  recoveryCode: vine.string().trim().maxLength(40),
})

/** The same as a 404 page: an id that cannot exist is not found. */
export function recordIdOrFail(value: unknown) {
  const id = routeId(value)
  if (id === null) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })
  return id
}

/**
 * A passkey's answer from the browser (navigator.credentials as JSON). Real
 * answers are a few kilobytes; the signatures are checked by the service.
 */
const passkeyAnswer = () => vine.string().maxLength(20_000)

/** "Mit Passkey bestätigen" on the code step. */
export const passkeyLoginValidator = vine.create({ passkey: passkeyAnswer() })

/** "Passkey hinzufügen": the answer, an optional name, and where to go afterwards. */
export const newPasskeyValidator = vine.create({
  passkey: passkeyAnswer(),
  name: vine.string().trim().maxLength(60).optional(),
  next: vine.enum(['account', 'dashboard'] as const).optional(),
})
