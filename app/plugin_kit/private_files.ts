import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import drive from '@adonisjs/drive/services/main'
import PageNotFoundException from '#exceptions/page_not_found_exception'
import { contentDisposition, safeFileName } from '#plugin_kit/file_names'

/**
 * Files people upload live on the private drive disk (local folder or S3)
 * under a random key in the plugin's folder; the name a person chose is only
 * kept as metadata and offered again on download, it never becomes a path.
 * Nothing on that disk is public: every download goes through a route that
 * checked who may see the file, and `sendPrivateFile`.
 */
export type StoredFile = { key: string; name: string; size: number; mimeType: string }

/** What storing needs of an upload: a validated MultipartFile has it (and a test's stand-in can). */
export type UploadedFile = Pick<MultipartFile, 'clientName' | 'extname' | 'size' | 'moveToDisk'>

/** By the extension the validator accepted, never by the type the browser claimed. */
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

/** "pdf" -> "application/pdf"; unknown extensions are plain bytes. */
export function mimeTypeOf(extension: string) {
  return MIME_TYPES[extension.toLowerCase().replace(/^\./, '')] ?? 'application/octet-stream'
}

/** `<folder>/<random>.<ext>`, e.g. "notes/0b5c….pdf". */
export function privateFileKey(folder: string, extension = '') {
  const clean = extension.toLowerCase().replace(/[^a-z0-9]/g, '')
  return `${folder}/${randomUUID()}${clean ? `.${clean}` : ''}`
}

/**
 * Moves a validated upload from the temp folder to the private disk (not
 * read into memory). The stored name is the person's, cleaned, ending in the
 * extension that was validated, or in `extension` when the content was
 * checked instead (a PDF is stored as .pdf whatever it was called).
 */
export async function storeUpload(
  folder: string,
  file: UploadedFile,
  options: { extension?: string } = {}
): Promise<StoredFile> {
  const extension = (options.extension ?? file.extname ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  const key = privateFileKey(folder, extension)
  const mimeType = mimeTypeOf(extension)
  await file.moveToDisk(key, { contentType: mimeType })
  const base = safeFileName(file.clientName).replace(/\.[^.]*$/, '') || 'datei'
  return {
    key,
    name: safeFileName(extension ? `${base}.${extension}` : base),
    size: file.size,
    mimeType,
  }
}

/** The same for bytes made by the portal itself (a generated PDF, demo data). */
export async function storeBytes(
  folder: string,
  bytes: Uint8Array,
  name: string
): Promise<StoredFile> {
  const extension = name.includes('.') ? name.split('.').at(-1)! : ''
  const key = privateFileKey(folder, extension)
  const mimeType = mimeTypeOf(extension)
  await drive.use().put(key, bytes, { contentType: mimeType })
  return { key, name: safeFileName(name), size: bytes.byteLength, mimeType }
}

/** Removes files best effort: used after a failed save, where the first error is the one to report. */
export async function removePrivateFiles(keys: Iterable<string>) {
  await Promise.all(
    [...keys].map((key) =>
      drive
        .use()
        .delete(key)
        .catch(() => {})
    )
  )
}

/**
 * Runs `work`, which stores files through the `files` it is given and saves
 * rows pointing at them. If `work` throws (the drive, the database, a
 * number a colleague took a moment ago), every file it stored is removed
 * again and the error goes on: no file without its row, no row without its
 * file (put the inserts in a transaction inside `work`).
 *
 * @example
 * const note = await withFileCleanup(async (files) => {
 *   const stored = await files.upload(`notes/${organizationId}`, payload.file)
 *   return Note.create({ organizationId, fileKey: stored.key, fileName: stored.name })
 * })
 */
export async function withFileCleanup<T>(
  work: (files: { upload: typeof storeUpload; bytes: typeof storeBytes }) => Promise<T>
): Promise<T> {
  const written: string[] = []
  const remember = (stored: StoredFile) => {
    written.push(stored.key)
    return stored
  }
  try {
    return await work({
      upload: async (folder, file, options) => remember(await storeUpload(folder, file, options)),
      bytes: async (folder, bytes, name) => remember(await storeBytes(folder, bytes, name)),
    })
  } catch (error) {
    await removePrivateFiles(written)
    throw error
  }
}

/**
 * Answers with a stored file the caller has already authorized: the name
 * the person knows (RFC 6266, any script), the type from the stored
 * extension and never sniffed, never cached. A record without a file
 * (`key` null) is a 404; a file missing on the disk is logged and answered
 * the same way, like a record that does not exist.
 *
 * @param disposition 'inline' shows a PDF in the browser (staff previews); downloads are the default
 */
export async function sendPrivateFile(
  ctx: HttpContext,
  file: { key: string | null; name: string | null; mimeType?: string | null; size?: number | null },
  disposition: 'attachment' | 'inline' = 'attachment'
) {
  if (!file.key) throw new PageNotFoundException('No file')
  const disk = drive.use()
  if (!(await disk.exists(file.key))) {
    ctx.logger.error({ key: file.key }, 'a stored file is missing on the drive disk')
    throw new PageNotFoundException('File missing')
  }
  ctx.response.header('Content-Type', file.mimeType ?? mimeTypeOf(file.key.split('.').at(-1) ?? ''))
  if (file.size !== undefined && file.size !== null)
    ctx.response.header('Content-Length', String(file.size))
  ctx.response.header('Content-Disposition', contentDisposition(file.name ?? 'datei', disposition))
  ctx.response.header('X-Content-Type-Options', 'nosniff')
  ctx.response.header('Cache-Control', 'private, no-store')
  ctx.response.stream(await disk.getStream(file.key))
}
