import vine from '@vinejs/vine'
import { emailRule } from '#validators/email'

/** A new member of the agency's team. */
export const newStaffValidator = vine.create({
  email: emailRule(),
  name: vine.string().trim().minLength(2).maxLength(200),
  staffRole: vine.enum(['admin', 'agent']),
})

/** A change of role. */
export const staffRoleValidator = vine.create({
  staffRole: vine.enum(['admin', 'agent']),
})
