import vine from '@vinejs/vine'
import { emailRule } from '#validators/email'

/** Step 1: the email address typed on the login page. */
export const emailValidator = vine.create({
  email: emailRule(),
})

/** The link confirmation form carries the token back. */
export const linkTokenValidator = vine.create({
  token: vine.string().trim().maxLength(200),
})

/** A 6-digit code; spaces (as apps display "123 456") are allowed. */
export const codeValidator = vine.create({
  code: vine
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/)
    .transform((value) => value.replace(/\s+/g, '')),
})
