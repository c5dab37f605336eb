import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent, { type CoreAuditEvent } from '#models/audit_event'
import type User from '#models/user'

interface AuditContext {
  user?: Pick<User, 'id' | 'organizationId'> | null
  request?: HttpContext['request']
  meta?: Record<string, unknown>
}

/**
 * Writes one security event. IP and user agent come from the request when
 * there is one (operator commands have none).
 */
export async function recordAudit(event: CoreAuditEvent | (string & {}), context: AuditContext = {}) {
  const { user, request, meta } = context
  return AuditEvent.create({
    event,
    userId: user?.id ?? null,
    organizationId: user?.organizationId ?? null,
    ip: request?.ip() ?? null,
    userAgent: request?.header('user-agent')?.slice(0, 500) ?? null,
    meta: meta ?? {},
  })
}
