import AuditEvent from '#models/audit_event'

export type OwnSecurityEvent = {
  id: number
  event: string
  createdAt: string
  /** where the request came from; null for what the agency did (its address is not the customer's business) */
  ip: string | null
  /** done by the agency's staff (a 2FA reset), not by the user */
  byAgency: boolean
}

/**
 * The security events a user sees about their own account: what happened,
 * when and from which address. Nothing else leaves the server: no meta (the
 * staff's reason for a 2FA reset stays internal), no staff names, no other
 * person's events.
 */
export default class OwnSecurityEvents {
  static async latest(userId: number, limit = 20): Promise<OwnSecurityEvent[]> {
    const events = await AuditEvent.query()
      .where('user_id', userId)
      .orderBy('id', 'desc')
      .limit(limit)
    return events.map((event) => ({
      id: Number(event.id),
      event: event.event,
      createdAt: event.createdAt.toISO()!,
      ip: event.actorUserId === null ? event.ip : null,
      byAgency: event.actorUserId !== null,
    }))
  }
}
