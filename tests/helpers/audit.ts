import db from '@adonisjs/lucid/services/db'

/** Audit events of one name about a user or an organization, oldest first. */
export function auditEvents(
  event: string,
  where: { userId?: number; organizationId?: number } = {}
) {
  const query = db.from('audit_events').where('event', event).orderBy('id')
  if (where.userId) query.where('user_id', where.userId)
  if (where.organizationId) query.where('organization_id', where.organizationId)
  return query
}
