import { AuditEventSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Organization from '#models/organization'

/**
 * Names of the security events the core records. Plugins add their own,
 * prefixed with their id ("notes.created"); the admin console's staff
 * actions start with "admin." ("admin.2fa_reset").
 */
export type CoreAuditEvent =
  | 'login.requested'
  | 'login.refused'
  | 'login.rate_limited'
  | 'login.confirmed'
  | 'login.trusted_device'
  | 'login.completed'
  | '2fa.enrolled'
  | '2fa.failed'
  | '2fa.replayed'
  | '2fa.attempt_locked'
  | '2fa.account_locked'
  | 'logout'
  | 'session.ended'
  | 'allowlist.added'

/** Append-only: the table has a trigger that refuses updates and deletes. */
export default class AuditEvent extends AuditEventSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'actorUserId' })
  declare actor: BelongsTo<typeof User>

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>
}
