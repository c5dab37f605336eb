import { fileTypeFromBuffer } from 'file-type'
import type { StoredFile } from '#plugin_kit/private_files'

/**
 * What the forms accept, per file and per message. The form states these
 * limits; the validator enforces them.
 */
export const attachmentRules = {
  maxFiles: 5,
  maxSize: '10mb',
  maxBytes: 10 * 1024 * 1024,
  extnames: [
    'png',
    'jpg',
    'jpeg',
    'gif',
    'webp',
    'pdf',
    'doc',
    'docx',
    'xls',
    'xlsx',
    'ppt',
    'pptx',
    'odt',
    'ods',
    'txt',
    'csv',
    'zip',
  ],
} as const

/** The limits as the forms state them (customer and staff forms alike). */
export function attachmentLimits() {
  return {
    maxFiles: attachmentRules.maxFiles,
    maxSize: '10 MB',
    extnames: [...attachmentRules.extnames],
  }
}

/** What file-type calls the formats whose extension differs from its own name for them. */
const SAME_CONTENT: Record<string, string[]> = {
  jpg: ['jpg', 'jpeg'],
  jpeg: ['jpg', 'jpeg'],
  // The old Office formats are all compound files; the new ones and OpenDocument are zip files.
  doc: ['cfb', 'doc'],
  xls: ['cfb', 'xls'],
  ppt: ['cfb', 'ppt'],
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  pptx: ['pptx', 'zip'],
  odt: ['odt', 'zip'],
  ods: ['ods', 'zip'],
}

/**
 * Whether a file's bytes are what its extension says, like the upload form
 * checks (the body parser detects the type by content, with file-type's
 * magic numbers): a PNG or a program named ".pdf" is not. Content file-type
 * does not know (plain text, CSV) passes on its extension.
 */
export async function contentMatchesExtension(name: string, content: Buffer): Promise<boolean> {
  const extension = name.includes('.') ? name.split('.').at(-1)!.toLowerCase() : ''
  const detected = await fileTypeFromBuffer(content).catch(() => undefined)
  if (!detected) return true
  return (SAME_CONTENT[extension] ?? [extension]).includes(detected.ext)
}

/**
 * Files live on the private disk in the ticket's folder (#plugin_kit/private_files);
 * the customer's file name is kept only as metadata.
 */
export default class AttachmentStore {
  static folder(ticketId: number) {
    return `tickets/${ticketId}`
  }

  /** The attachment row's fields for a stored file. */
  static columns(file: StoredFile) {
    return { driveKey: file.key, originalName: file.name, size: file.size, mimeType: file.mimeType }
  }
}
