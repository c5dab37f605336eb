import { createHash } from 'node:crypto'
import { isPlainEmail } from '#validators/email'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Organization from '#models/organization'
import type User from '#models/user'
import Allowlist, { type AddressConflict } from '#services/allowlist'

/** Lines (without the header and empty lines) one import may have; the form says so. */
export const IMPORT_LIMIT = 500
const EMAIL_MAX = 254
const NAME_MAX = 200
/** How much of a refused line the preview echoes back. */
const SHOWN_TEXT_MAX = 200

export type InvalidReason =
  'email_missing' | 'email_invalid' | 'name_too_long' | 'too_many_columns' | 'unclosed_quote'
export type DuplicateReason = 'repeated' | 'member' | 'other_organization' | 'staff'

/** One line of the pasted list as the preview shows it. */
export type PreviewLine = {
  /** 1-based, counting every line of the text, so people find it in their file */
  line: number
  /** the line as typed (shortened), for lines that are shown as refused */
  text: string
  email: string | null
  name: string | null
  status: 'new' | 'duplicate' | 'invalid'
  reason: InvalidReason | DuplicateReason | null
  /** for "repeated": the line that has it first */
  firstLine?: number
  /** for "other_organization": where the address belongs */
  organization?: string
}

export type ImportPreview = {
  lines: PreviewLine[]
  counts: { new: number; duplicate: number; invalid: number }
  /** changes whenever the outcome of importing this text would change */
  fingerprint: string
}

type ParsedRow =
  | { line: number; text: string; fields: string[] }
  | { line: number; text: string; error: 'unclosed_quote' }

const HEADER_NAMES = new Set([
  'email',
  'e-mail',
  'mail',
  'e-mail-adresse',
  'email address',
  'emailadresse',
])

/**
 * Splits one CSV line on "," or ";" (whichever unquoted separator comes
 * first, so "a@b.de;Müller, Anna" works), honouring double quotes with ""
 * as an escaped quote. Null for a quote that is never closed.
 */
export function splitCsvLine(text: string): string[] | null {
  const fields: string[] = []
  let separator: string | null = null
  let current = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        current += '"'
        index++
      } else if (char === '"') {
        quoted = false
      } else {
        current += char
      }
    } else if (char === '"' && current.trim() === '') {
      current = ''
      quoted = true
    } else if ((char === ',' || char === ';') && (separator === null || separator === char)) {
      separator = char
      fields.push(current.trim())
      current = ''
    } else {
      current += char
    }
  }
  if (quoted) return null
  fields.push(current.trim())
  return fields
}

/**
 * The non-empty lines of a pasted list or CSV file "email,name", with line
 * numbers; an optional header line ("email,name") is left out.
 */
export function parseCustomerList(text: string): ParsedRow[] {
  const rows: ParsedRow[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  let seenContent = false
  lines.forEach((raw, index) => {
    const trimmed = raw.trim()
    if (!trimmed) return
    const line = index + 1
    const shown = trimmed.slice(0, SHOWN_TEXT_MAX)
    const fields = splitCsvLine(trimmed)
    const isFirst = !seenContent
    seenContent = true
    if (!fields) return rows.push({ line, text: shown, error: 'unclosed_quote' })
    if (isFirst && HEADER_NAMES.has(fields[0].toLowerCase())) return
    rows.push({ line, text: shown, fields })
  })
  return rows
}

/**
 * What importing these rows into the organization would do, line by line.
 * `existing` holds the conflicts of addresses already in the portal
 * (Allowlist.conflicts). Pure, so the rules are unit-tested without a database.
 */
export function classifyRows(
  rows: ParsedRow[],
  existing: Map<string, AddressConflict>
): PreviewLine[] {
  const firstSeen = new Map<string, number>()
  return rows.map((row): PreviewLine => {
    const base = { line: row.line, text: row.text, email: null, name: null }
    if ('error' in row) return { ...base, status: 'invalid', reason: row.error }

    // Trailing empty columns (spreadsheet exports) are harmless; more filled ones are not.
    const fields = [...row.fields]
    while (fields.length > 2 && fields.at(-1) === '') fields.pop()
    if (fields.length > 2) return { ...base, status: 'invalid', reason: 'too_many_columns' }

    const email = fields[0].toLowerCase()
    const name = fields[1] ? fields[1] : null
    const described = { ...base, email: email || null, name }
    if (!email) return { ...described, status: 'invalid', reason: 'email_missing' }
    if (email.length > EMAIL_MAX || !isPlainEmail(email))
      return { ...described, status: 'invalid', reason: 'email_invalid' }
    if (name && name.length > NAME_MAX)
      return { ...described, status: 'invalid', reason: 'name_too_long' }

    const earlier = firstSeen.get(email)
    if (earlier !== undefined)
      return { ...described, status: 'duplicate', reason: 'repeated', firstLine: earlier }
    firstSeen.set(email, row.line)

    const conflict = existing.get(email)
    if (conflict?.kind === 'other_organization') {
      return {
        ...described,
        status: 'duplicate',
        reason: 'other_organization',
        organization: conflict.organization,
      }
    }
    if (conflict) return { ...described, status: 'duplicate', reason: conflict.kind }
    return { ...described, status: 'new', reason: null }
  })
}

export type CommitOutcome =
  | { kind: 'imported'; users: User[]; preview: ImportPreview }
  | { kind: 'stale'; preview: ImportPreview }
  | { kind: 'empty'; preview: ImportPreview }

/**
 * Many customers at once: a preview says, line by line, what would happen;
 * the import then adds exactly the lines the preview called new, all in one
 * transaction or none at all. The confirmation carries the preview's
 * fingerprint: if anything changed in between (a colleague added one of the
 * addresses, the same form was sent twice), nothing is imported and the
 * fresh preview is shown instead.
 */
export default class CustomerImport {
  /** Null when the text has more lines than one import may have. */
  static async preview(
    organization: Pick<Organization, 'id'>,
    text: string,
    client?: TransactionClientContract
  ): Promise<
    { preview: ImportPreview; tooMany?: undefined } | { tooMany: number; preview?: undefined }
  > {
    const rows = parseCustomerList(text)
    if (rows.length > IMPORT_LIMIT) return { tooMany: rows.length }
    const emails = rows.flatMap((row) =>
      'fields' in row && row.fields[0] ? [row.fields[0].toLowerCase()] : []
    )
    const lines = classifyRows(
      rows,
      await Allowlist.conflicts([...new Set(emails)], organization.id, client)
    )
    return { preview: this.#summarize(lines) }
  }

  static async commit(
    organization: Pick<Organization, 'id'>,
    text: string,
    fingerprint: string
  ): Promise<CommitOutcome | { kind: 'too_many'; tooMany: number }> {
    try {
      return await db.transaction(async (trx) => {
        // One import per organization at a time: a second submit waits here, then finds the addresses taken.
        await Organization.query({ client: trx })
          .where('id', organization.id)
          .forUpdate()
          .firstOrFail()
        const { preview, tooMany } = await this.preview(organization, text, trx)
        if (!preview) return { kind: 'too_many' as const, tooMany }
        if (preview.fingerprint !== fingerprint) return { kind: 'stale' as const, preview }
        const fresh = preview.lines.filter((line) => line.status === 'new')
        if (!fresh.length) return { kind: 'empty' as const, preview }
        const users: User[] = []
        for (const line of fresh)
          users.push(
            await Allowlist.addCustomer(organization, { email: line.email!, name: line.name }, trx)
          )
        return { kind: 'imported' as const, users, preview }
      })
    } catch (error) {
      // An address taken by another organization in the same moment: the transaction is gone, nothing was added.
      if ((error as { code?: string }).code !== '23505') throw error
      const { preview, tooMany } = await this.preview(organization, text)
      return preview ? { kind: 'stale', preview } : { kind: 'too_many', tooMany }
    }
  }

  static #summarize(lines: PreviewLine[]): ImportPreview {
    const counts = { new: 0, duplicate: 0, invalid: 0 }
    for (const line of lines) counts[line.status]++
    const essence = lines.map((line) => [
      line.line,
      line.email,
      line.name,
      line.status,
      line.reason,
      line.firstLine,
      line.organization,
    ])
    const fingerprint = createHash('sha256').update(JSON.stringify(essence)).digest('hex')
    return { lines, counts, fingerprint }
  }
}
