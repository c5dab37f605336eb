import vine from '@vinejs/vine'

/** A new member of the agency's team. */
export const newStaffValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
  name: vine.string().trim().minLength(2).maxLength(200),
  staffRole: vine.enum(['admin', 'agent']),
})

/** A change of role. */
export const staffRoleValidator = vine.create({
  staffRole: vine.enum(['admin', 'agent']),
})
