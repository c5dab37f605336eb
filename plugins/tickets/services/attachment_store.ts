import { randomUUID } from 'node:crypto'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import drive from '@adonisjs/drive/services/main'
import { safeFileName } from '#core/file_names'
import type TicketAttachment from '../models/ticket_attachment.js'

/**
 * What the forms accept, per file and per message. The form states these
 * limits; the validator enforces them.
 */
export const attachmentRules = {
  maxFiles: 5,
  maxSize: '10mb',
  maxBytes: 10 * 1024 * 1024,
  extnames: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'txt', 'csv', 'zip'],
} as const

/** The limits as the forms state them (customer and staff forms alike). */
export function attachmentLimits() {
  return { maxFiles: attachmentRules.maxFiles, maxSize: '10 MB', extnames: [...attachmentRules.extnames] }
}

export type StoredFile = { driveKey: string; originalName: string; size: number; mimeType: string }

/**
 * Files live on the private drive under a random key; the customer's file
 * name is kept only as metadata (it never becomes a path).
 */
const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
}

/** The customer's file name, cleaned (core rule, #core/file_names), ending in the extension that was validated. */
function downloadName(clientName: string | undefined, extension: string) {
  const base = safeFileName(clientName).replace(/\.[^.]*$/, '') || 'datei'
  return safeFileName(`${base}${extension}`)
}

export default class AttachmentStore {
  static async store(ticketId: number, file: MultipartFile): Promise<StoredFile> {
    const extension = file.extname ? `.${file.extname.toLowerCase().replace(/[^a-z0-9]/g, '')}` : ''
    const driveKey = `tickets/${ticketId}/${randomUUID()}${extension}`
    await file.moveToDisk(driveKey)
    return {
      driveKey,
      originalName: downloadName(file.clientName, extension),
      size: file.size,
      // From the validated extension, never from what the client claimed.
      mimeType: MIME_TYPES[extension.slice(1)] ?? 'application/octet-stream',
    }
  }

  static stream(attachment: TicketAttachment) {
    return drive.use().getStream(attachment.driveKey)
  }

  static async remove(keys: string[]) {
    await Promise.all(keys.map((key) => drive.use().delete(key).catch(() => {})))
  }
}
