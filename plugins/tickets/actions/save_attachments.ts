import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { withFileCleanup } from '#plugin_kit/private_files'
import TicketAttachment from '../models/ticket_attachment.js'
import type TicketMessage from '../models/ticket_message.js'
import AttachmentStore from '../services/attachment_store.js'

/**
 * Moves validated files to the drive and records them on the message. When
 * anything fails the files already moved are removed again and the error
 * rolls the transaction back, so no row points to a missing file.
 */
export async function saveAttachments(
  trx: TransactionClientContract,
  message: TicketMessage,
  files: MultipartFile[]
) {
  await withFileCleanup(async (store) => {
    for (const file of files) {
      const stored = await store.upload(AttachmentStore.folder(message.ticketId), file)
      await TicketAttachment.create(
        { ...AttachmentStore.columns(stored), ticketId: message.ticketId, messageId: message.id },
        { client: trx }
      )
    }
  })
}
