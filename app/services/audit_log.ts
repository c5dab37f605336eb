import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent, { type CoreAuditEvent } from '#models/audit_event'
import type User from '#models/user'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

interface AuditContext {
  /** the user the event is about */
  user?: Pick<User, 'id' | 'organizationId'> | null
  /** the staff member who acted; absent for self-service events and operator commands */
  actor?: Pick<User, 'id'> | null
  /** an organization the event is about when there is no user (an organization renamed) */
  organizationId?: number | null
  request?: HttpContext['request']
  meta?: Record<string, unknown>
  /** a transaction the event belongs to: it is written only if the change it describes is */
  client?: TransactionClientContract
}

/**
 * Writes one event of the append-only audit log. IP and user agent come from
 * the request when there is one (operator commands have none).
 */
export async function recordAudit(
  event: CoreAuditEvent | (string & {}),
  context: AuditContext = {}
) {
  const { user, actor, request, meta, client } = context
  return AuditEvent.create(
    {
      event,
      userId: user?.id ?? null,
      actorUserId: actor?.id ?? null,
      organizationId: user?.organizationId ?? context.organizationId ?? null,
      ip: request?.ip() ?? null,
      userAgent: request?.header('user-agent')?.slice(0, 500) ?? null,
      meta: meta ?? {},
    },
    { client }
  )
}

/** The same for a staff action in a request: the logged-in staff member is the actor. */
export function recordStaffAction(
  ctx: HttpContext,
  event: string,
  context: Omit<AuditContext, 'actor' | 'request'> = {}
) {
  return recordAudit(event, { ...context, actor: ctx.auth.user!, request: ctx.request })
}
