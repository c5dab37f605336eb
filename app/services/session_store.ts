import { MessageBuilder } from '@adonisjs/core/helpers'
import string from '@adonisjs/core/helpers/string'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { SessionData, SessionStoreWithTaggingContract } from '@adonisjs/session/types'
import {
  TRUSTED_DEVICE_IDS_SQL,
  userAndOrganizationColumns,
  type PrefetchedUser,
} from '#services/user_with_organization'

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
    private options: {
      tableName: string
      refreshAfter: string
      gcProbability: number
      /** the user row read with the session (see read()) */
      onUserRead?: (user: PrefetchedUser) => void
    }
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

  /**
   * The session row, and in the same statement the user it is tagged with
   * (their organization and trusted devices too) for the session guard:
   * without this, every logged-in request asked for the user in a second
   * round trip. The guard uses the row only for the user id the session's
   * signed data names (findUserWithOrganization).
   */
  async read(sessionId: string) {
    const { rows } = await this.client.rawQuery(
      `SELECT s.data AS "session.data", s.expires_at AS "session.expires_at",
              s.user_id AS "session.user_id", ${userAndOrganizationColumns()},
              ${TRUSTED_DEVICE_IDS_SQL} AS "session.trusted_device_ids"
         FROM ${this.options.tableName} s
         LEFT JOIN users u
           ON u.id = (CASE WHEN s.user_id ~ '^[0-9]{1,9}$' THEN s.user_id::integer END)
         LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE s.id = ?`,
      [new Date(), sessionId]
    )
    const row = rows[0] as Record<string, unknown> | undefined
    if (!row) return null
    const expiresAt = new Date(row['session.expires_at'] as string).getTime()
    if (Date.now() > expiresAt) {
      await this.destroy(sessionId)
      return null
    }
    this.#readExpiresAt = expiresAt
    const data = this.#verify(row['session.data'] as string, sessionId)
    if (data && row.id !== null)
      this.options.onUserRead?.({
        userId: String(row['session.user_id']),
        row,
        trustedDeviceIds: (row['session.trusted_device_ids'] as number[]).map(Number),
      })
    return data
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
