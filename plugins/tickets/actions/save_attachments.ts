import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import TicketAttachment from '../models/ticket_attachment.js'
import type TicketMessage from '../models/ticket_message.js'
import AttachmentStore from '../services/attachment_store.js'

/**
 * Moves validated files to the drive and records them on the message. When
 * anything fails the files already moved are removed again and the error
 * rolls the transaction back, so no row points to a missing file.
 */
export async function saveAttachments(trx: TransactionClientContract, message: TicketMessage, files: MultipartFile[]) {
  const stored: string[] = []
  try {
    for (const file of files) {
      const saved = await AttachmentStore.store(message.ticketId, file)
      stored.push(saved.driveKey)
      await TicketAttachment.create({ ...saved, ticketId: message.ticketId, messageId: message.id }, { client: trx })
    }
  } catch (error) {
    await AttachmentStore.remove(stored)
    throw error
  }
}
