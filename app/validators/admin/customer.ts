import vine from '@vinejs/vine'
import { emailRule } from '#validators/email'

export const INVITATION_LOCALES = ['de', 'en'] as const

/** One new customer of an organization; the invitation mail is on unless unticked. */
export const addCustomerValidator = vine.create({
  email: emailRule(),
  name: vine.string().trim().maxLength(200).optional(),
  invite: vine.boolean().optional(),
  locale: vine.enum(INVITATION_LOCALES).optional(),
})

/** The person's details staff may change (the address is the login, so it stays). */
export const updateCustomerValidator = vine.create({
  name: vine.string().trim().maxLength(200).optional(),
})

/** "Einladung erneut senden": only the language. */
export const inviteCustomerValidator = vine.create({
  locale: vine.enum(INVITATION_LOCALES).optional(),
})
