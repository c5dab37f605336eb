import type AuditEvent from '#models/audit_event'

/** Keys of `meta` worth showing; everything else (user agents, token ids) stays on the server. */
const SHOWN_META = [
  'domain',
  'reason',
  'method',
  'role',
  'staffRole',
  'by',
  'number',
  'count',
  'label',
  'status',
  'from',
  'to',
  'changed',
  'name',
  'recipient',
  'subject',
  'error',
  'attempts',
]

/**
 * An audit event as the admin console and the customer's account page show
 * it: names, never raw ids of people; relations are used when preloaded.
 */
export default class AuditEventTransformer {
  static transform(events: AuditEvent[]) {
    return events.map((event) => this.item(event))
  }

  static item(event: AuditEvent) {
    const person = (user?: { name: string | null; email: string } | null) =>
      user ? (user.name ?? user.email) : null
    const meta = (event.meta ?? {}) as Record<string, unknown>
    return {
      id: Number(event.id),
      event: event.event,
      createdAt: event.createdAt.toISO()!,
      ip: event.ip,
      user: person(event.$preloaded.user ? event.user : null),
      actor: person(event.$preloaded.actor ? event.actor : null),
      organization:
        event.$preloaded.organization && event.organization ? event.organization.name : null,
      details: Object.fromEntries(
        Object.entries(meta).filter(
          ([key, value]) =>
            SHOWN_META.includes(key) && ['string', 'number', 'boolean'].includes(typeof value)
        )
      ) as Record<string, string | number | boolean>,
    }
  }
}
