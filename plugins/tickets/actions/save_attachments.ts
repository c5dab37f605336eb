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
  files: MultipartFile[],
  fileBytes: AttachmentBytes[] = []
) {
  await withFileCleanup(async (store) => {
    const folder = AttachmentStore.folder(message.ticketId)
    const stored = []
    for (const file of files) stored.push(await store.upload(folder, file))
    for (const file of fileBytes) stored.push(await store.bytes(folder, file.content, file.name))
    for (const file of stored) {
      await TicketAttachment.create(
        { ...AttachmentStore.columns(file), ticketId: message.ticketId, messageId: message.id },
        { client: trx }
      )
    }
  })
}

/** A file that arrived as bytes (a mail's attachment) rather than as an upload. */
export type AttachmentBytes = { name: string; content: Uint8Array }
