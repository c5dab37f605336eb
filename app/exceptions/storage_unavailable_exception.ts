import { Exception } from '@adonisjs/core/exceptions'

/** What flydrive throws when the disk or the S3 store does not do what was asked. */
const STORAGE_CODES = new Set([
  'E_CANNOT_WRITE_FILE',
  'E_CANNOT_MOVE_FILE',
  'E_CANNOT_COPY_FILE',
  'E_CANNOT_READ_FILE',
  'E_CANNOT_CHECK_FILE_EXISTENCE',
  'E_CANNOT_GET_METADATA',
])

/**
 * The file store (local disk or S3) cannot be used right now. A form that
 * uploads goes back with a message (the action's transaction has already
 * undone everything); a download gets the 503 page.
 */
export default class StorageUnavailableException extends Exception {
  static status = 503
  static code = 'E_STORAGE_UNAVAILABLE'

  static matches(error: unknown): boolean {
    const code = (error as { code?: string } | null)?.code
    return (
      typeof code === 'string' &&
      STORAGE_CODES.has(code) &&
      !isMissingFile((error as { cause?: unknown }).cause)
    )
  }
}

/** A file that is not there (a wrong key) is not an unreachable store: that stays an ordinary error. */
function isMissingFile(cause: unknown) {
  const { code, name, $metadata } = (cause ?? {}) as {
    code?: string
    name?: string
    $metadata?: { httpStatusCode?: number }
  }
  return (
    code === 'ENOENT' ||
    name === 'NoSuchKey' ||
    name === 'NotFound' ||
    $metadata?.httpStatusCode === 404
  )
}
