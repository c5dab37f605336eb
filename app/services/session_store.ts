import { MessageBuilder } from '@adonisjs/core/helpers'
import string from '@adonisjs/core/helpers/string'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { SessionData, SessionStoreWithTaggingContract } from '@adonisjs/session/types'

/**
 * Sessions in the PostgreSQL table "sessions" — the same rows, format and
 * tagging as @adonisjs/session's database store, with one difference: a
 * request that did not change its session refreshes the row's expiry only
 * when the last refresh is older than `refreshAfter`. The package's store
 * UPDATEs the row on every request (a write and a WAL flush per page view,
 * the largest cost of a read-only page at load); a 30-day session does not
 * need its expiry moved more than once an hour.
 */
export default class PortalSessionStore implements SessionStoreWithTaggingContract {
  #ttlSeconds: number
  #refreshAfterMs: number
  /** The expiry of the row read by this request (a store lives for one request). */
  #readExpiresAt: number | null = null

  constructor(
    private client: QueryClientContract,
    age: string | number,
    private options: { tableName: string; refreshAfter: string; gcProbability: number }
  ) {
    this.#ttlSeconds = string.seconds.parse(age)
    this.#refreshAfterMs = string.milliseconds.parse(options.refreshAfter)
  }

  #verify(contents: string, sessionId: string): SessionData | null {
    try {
      return new MessageBuilder().verify(contents, sessionId)
    } catch {
      return null
    }
  }

  #expiry() {
    return new Date(Date.now() + this.#ttlSeconds * 1000)
  }

  async read(sessionId: string) {
    const row = await this.client
      .from(this.options.tableName)
      .select('data', 'expires_at')
      .where('id', sessionId)
      .first()
    if (!row) return null
    const expiresAt = new Date(row.expires_at).getTime()
    if (Date.now() > expiresAt) {
      await this.destroy(sessionId)
      return null
    }
    this.#readExpiresAt = expiresAt
    return this.#verify(row.data, sessionId)
  }

  async write(sessionId: string, values: SessionData) {
    const data = new MessageBuilder().build(values, undefined, sessionId)
    await this.client
      .insertQuery()
      .table(this.options.tableName)
      .insert({ id: sessionId, data, expires_at: this.#expiry() })
      .knexQuery.onConflict('id')
      .merge(['data', 'expires_at'])
    // Expired rows are removed now and then, as the package's store does.
    if (Math.random() * 100 < this.options.gcProbability) {
      await this.client.from(this.options.tableName).where('expires_at', '<=', new Date()).delete()
    }
  }

  async destroy(sessionId: string) {
    await this.client.from(this.options.tableName).where('id', sessionId).delete()
  }

  async touch(sessionId: string) {
    const refreshedAt =
      this.#readExpiresAt === null ? null : this.#readExpiresAt - this.#ttlSeconds * 1000
    if (refreshedAt !== null && Date.now() - refreshedAt < this.#refreshAfterMs) return
    await this.client
      .from(this.options.tableName)
      .where('id', sessionId)
      .update({ expires_at: this.#expiry() })
  }

  async tag(sessionId: string, userId: string) {
    const data = new MessageBuilder().build({}, undefined, sessionId)
    await this.client
      .insertQuery()
      .table(this.options.tableName)
      .insert({ id: sessionId, user_id: String(userId), data, expires_at: this.#expiry() })
      .knexQuery.onConflict('id')
      .merge(['user_id'])
  }

  async untag(sessionId: string) {
    await this.client
      .query()
      .from(this.options.tableName)
      .update({ user_id: null })
      .where({ id: sessionId })
  }

  async tagged(userId: string) {
    const rows = await this.client
      .from(this.options.tableName)
      .select('id', 'data')
      .where('user_id', userId)
      .where('expires_at', '>', new Date())
    return rows
      .map((row: { id: string; data: string }) => ({
        id: row.id,
        data: this.#verify(row.data, row.id),
      }))
      .filter((session): session is { id: string; data: SessionData } => session.data !== null)
  }
}
