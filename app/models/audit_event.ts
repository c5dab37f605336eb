import { AuditEventSchema } from '#database/schema'

/** Names of the security events the core records. Plugins add their own. */
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
export default class AuditEvent extends AuditEventSchema {}
