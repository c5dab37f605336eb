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
