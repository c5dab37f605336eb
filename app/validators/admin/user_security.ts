import vine from '@vinejs/vine'

/**
 * "2FA zurücksetzen" needs the explicit confirmation and a reason for the
 * audit log that says more than "weil" (at least 10 characters).
 */
export const twoFactorResetValidator = vine.create({
  reason: vine.string().trim().minLength(10).maxLength(500),
  confirm: vine.accepted(),
})
