import { randomUUID } from 'node:crypto'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import drive from '@adonisjs/drive/services/main'

/**
 * Invoice PDFs live on the private drive disk under the organization's
 * folder with a random name; the invoice number is only used for the name
 * the customer downloads.
 */
export async function storeInvoicePdf(organizationId: number, bytes: Uint8Array) {
  const fileKey = newInvoiceKey(organizationId)
  await drive.use().put(fileKey, bytes, { contentType: 'application/pdf' })
  return { fileKey, fileSize: bytes.byteLength }
}

/** The same for an uploaded (and validated) file: moved from the temp folder, not read into memory. */
export async function moveInvoicePdf(organizationId: number, file: MultipartFile) {
  const fileKey = newInvoiceKey(organizationId)
  await file.moveToDisk(fileKey, { contentType: 'application/pdf' })
  return { fileKey, fileSize: file.size }
}

/** Removes files best effort: used to clean up after a failed save, where the first error matters. */
export async function removeInvoicePdfs(keys: string[]) {
  await Promise.all(keys.map((key) => drive.use().delete(key).catch(() => {})))
}

function newInvoiceKey(organizationId: number) {
  return `invoices/${organizationId}/${randomUUID()}.pdf`
}

/** "RE/2026 001" -> "RE_2026_001.pdf": safe in a header and on every file system. */
export function pdfFileName(number: string) {
  const safe = number
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
  return `${safe || 'rechnung'}.pdf`
}

