import db from '@adonisjs/lucid/services/db'

/** Allowed domains one organization may have; the form says so. */
export const MAX_ALLOWED_DOMAINS = 20

/**
 * Public mail providers: allowing one would let anybody with a free mailbox
 * join the organization, so they are refused.
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'live.com',
  'live.de',
  'msn.com',
  'yahoo.com',
  'yahoo.de',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.de',
  'posteo.de',
  'mailbox.org',
  'protonmail.com',
  'proton.me',
  'arcor.de',
  'online.de',
  'mail.de',
  'email.de',
  'gmx.com',
  'mail.com',
  'yandex.com',
  'zoho.com',
])

/** "Kunde.de, @kunde.com\nkunde.at" -> ["kunde.de", "kunde.com", "kunde.at"]: lower-case, no "@", each once. */
export function splitDomains(text: string | null | undefined): string[] {
  const domains = (text ?? '')
    .split(/[\s,;]+/)
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, ''))
    .filter(Boolean)
  return [...new Set(domains)]
}

/** A host name of at least two labels with a letter top-level domain, ASCII only (IDNs in their xn-- form). */
export function isDomain(domain: string) {
  if (domain.length > 253) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
  return (
    labels.every((part) => label.test(part)) &&
    /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels.at(-1)!)
  )
}

export function isPublicMailDomain(domain: string) {
  return PUBLIC_MAIL_DOMAINS.has(domain)
}

/** The first of these domains another organization already allows, with that organization's name. */
export async function domainTakenElsewhere(domains: string[], organizationId: number | null) {
  if (!domains.length) return null
  // ARRAY[?, ?]: knex would spread an array bound to a single "?".
  const list = `ARRAY[${domains.map(() => '?').join(', ')}]::text[]`
  const query = db
    .from('organizations')
    .select(
      'name',
      db.raw(
        `array(select unnest(allowed_domains) intersect select unnest(${list})) as taken`,
        domains
      )
    )
    .whereRaw(`allowed_domains && ${list}`, domains)
  if (organizationId) query.whereNot('id', organizationId)
  const row = await query.orderBy('id').first()
  return row ? { domain: (row.taken as string[])[0], organization: row.name as string } : null
}
