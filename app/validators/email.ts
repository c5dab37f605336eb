import vine from '@vinejs/vine'

/**
 * A plain address: one "@", no quotes, brackets or spaces. RFC 5322 also
 * allows quoted local parts such as "x@kunde.de@"@evil.test, which a mail
 * server delivers to evil.test; a portal that reads the domain of such an
 * address would let an outsider join an organization by its allowed domain.
 * Nobody needs those forms to log in, so they are refused everywhere.
 */
export const PLAIN_EMAIL = /^[^\s@"'(),:;<>[\]\\]+@[^\s@"'(),:;<>[\]\\]+$/

export function isPlainEmail(value: string) {
  return PLAIN_EMAIL.test(value) && vine.helpers.isEmail(value)
}

/** The VineJS rule for every email field of the portal. */
export function emailRule() {
  return vine.string().trim().email().maxLength(254).regex(PLAIN_EMAIL)
}
