import { open } from 'node:fs/promises'
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
  if (file && typeof file === 'object' && file.size === 0)
    field.report('The file is empty', 'file.empty', field)
})

/** The rule to word a file error by: an empty file is "empty", whatever check it failed first. */
export function messageRuleForFile(rule: string, value: unknown) {
  return rule.startsWith('file') && (value as MultipartFile | undefined)?.size === 0
    ? 'file.empty'
    : rule
}

/** The first bytes of each kind of file the portal checks by content. */
const SIGNATURES = { pdf: '%PDF-' } as const

/**
 * A file is recognised by its content, not by its name or the type the
 * browser claims: every PDF starts with "%PDF-" (a text file named
 * "rechnung.pdf" does not). Reported as rule `file.content`.
 *
 * @example
 * vine.file({ size: '20mb', extnames: ['pdf'] }).use(nonEmptyFile()).use(fileContent({ kind: 'pdf' }))
 */
export const fileContent = vine.createRule(
  async (value, options: { kind: keyof typeof SIGNATURES }, field) => {
    if (!field.isValid) return
    const file = value as MultipartFile
    const signature = Buffer.from(SIGNATURES[options.kind], 'latin1')
    const meta = { kind: options.kind.toUpperCase() }
    if (!file.tmpPath) return field.report('wrong content', 'file.content', field, meta)
    const handle = await open(file.tmpPath, 'r')
    try {
      const head = Buffer.alloc(signature.length)
      const { bytesRead } = await handle.read(head, 0, head.length, 0)
      if (bytesRead < head.length || !head.equals(signature))
        field.report('wrong content', 'file.content', field, meta)
    } finally {
      await handle.close()
    }
  }
)
