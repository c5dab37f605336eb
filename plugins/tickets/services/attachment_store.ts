import { randomUUID } from 'node:crypto'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import drive from '@adonisjs/drive/services/main'
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

export type StoredFile = { driveKey: string; originalName: string; size: number; mimeType: string }

/**
 * Files live on the private drive under a random key; the customer's file
 * name is kept only as metadata (it never becomes a path).
 */
export default class AttachmentStore {
  static async store(ticketId: number, file: MultipartFile): Promise<StoredFile> {
    const extension = file.extname ? `.${file.extname.toLowerCase().replace(/[^a-z0-9]/g, '')}` : ''
    const driveKey = `tickets/${ticketId}/${randomUUID()}${extension}`
    await file.moveToDisk(driveKey)
    return {
      driveKey,
      originalName: (file.clientName || 'datei').slice(0, 255),
      size: file.size,
      mimeType: file.type && file.subtype ? `${file.type}/${file.subtype}` : 'application/octet-stream',
    }
  }

  static stream(attachment: TicketAttachment) {
    return drive.use().getStream(attachment.driveKey)
  }

  static async remove(keys: string[]) {
    await Promise.all(keys.map((key) => drive.use().delete(key).catch(() => {})))
  }
}
