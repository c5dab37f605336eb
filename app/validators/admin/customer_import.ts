import vine from '@vinejs/vine'
import { INVITATION_LOCALES } from '#validators/admin/customer'

/** 500 lines of a generous "email,name" each; the line limit itself is checked by the import. */
const text = vine.string().minLength(1).maxLength(200_000)

/** "Vorschau": the pasted (or read from a file) list. */
export const importPreviewValidator = vine.create({
  text,
  invite: vine.boolean().optional(),
  locale: vine.enum(INVITATION_LOCALES).optional(),
})

/** "Importieren": the same text and the fingerprint of the preview it confirms. */
export const importCommitValidator = vine.create({
  text,
  fingerprint: vine.string().maxLength(100),
  invite: vine.boolean().optional(),
  locale: vine.enum(INVITATION_LOCALES).optional(),
})
