import vine from '@vinejs/vine'
import type { MultipartFile } from '@adonisjs/core/bodyparser'

/**
 * A file with no bytes is refused with its own message ("Die Datei ist
 * leer", rule `file.empty`), for every plugin that accepts files:
 * `vine.file({ ... }).use(nonEmptyFile())`. When `vine.file` checks
 * extensions, an empty file fails that check first (its type cannot be
 * read from no content): messages providers name it with
 * `messageRuleForFile` instead.
 */
export const nonEmptyFile = vine.createRule((value, _options, field) => {
  const file = value as MultipartFile | undefined
  if (file && typeof file === 'object' && file.size === 0) field.report('The file is empty', 'file.empty', field)
})

/** The rule to word a file error by: an empty file is "empty", whatever check it failed first. */
export function messageRuleForFile(rule: string, value: unknown) {
  return rule.startsWith('file') && (value as MultipartFile | undefined)?.size === 0 ? 'file.empty' : rule
}
