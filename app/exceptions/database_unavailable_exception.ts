import { Exception } from '@adonisjs/core/exceptions'

/** Error codes of a database that is away: refused, reset, unreachable, shutting down, full. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '53300', // too_many_connections
])

/**
 * The database is away (down, restarting, unreachable) — or another service
 * a request needs, like Redis for the job queue: the codes do not tell them
 * apart. The visitor gets "Gleich wieder da" (503 with Retry-After) instead
 * of an error page, and the log gets the cause.
 */
export default class DatabaseUnavailableException extends Exception {
  static status = 503
  static code = 'E_DATABASE_UNAVAILABLE'

  /** Whether an error (or one of its causes) says the database cannot be reached. */
  static matches(error: unknown): boolean {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
      const { code, name, message } = current as { code?: string; name?: string; message?: string }
      if (code && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true
      if (name === 'KnexTimeoutError') return true
      if (message && /Connection terminated|connection error|Client was closed/i.test(message))
        return true
      current = (current as { cause?: unknown }).cause
    }
    return false
  }
}
