import vine from '@vinejs/vine'

export const INVITATION_LOCALES = ['de', 'en'] as const

/** One new customer of an organization; the invitation mail is on unless unticked. */
export const addCustomerValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
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
