import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import {
  MAX_ALLOWED_DOMAINS,
  domainTakenElsewhere,
  isDomain,
  isPublicMailDomain,
  splitDomains,
} from '#services/admin_domains'

type Meta = { organizationId: number | null }

/** The organization being edited is not its own duplicate. */
function notThisOrganization(
  query: DatabaseQueryBuilderContract,
  _value: unknown,
  field: FieldContext
) {
  const id = (field.meta as Meta).organizationId
  if (id) query.whereNot('id', id)
}

/**
 * The allowed domains as typed (one per line or separated by commas): each a
 * real domain, no public mail provider, at most MAX_ALLOWED_DOMAINS, and none
 * that another organization allows (a login must know where it belongs).
 */
const allowedDomainsRule = vine.createRule(async (value, _options, field) => {
  if (typeof value !== 'string') return
  const domains = splitDomains(value)
  const invalid = domains.find((domain) => !isDomain(domain))
  if (invalid) return field.report('Invalid domain', 'domains.syntax', field, { domain: invalid })
  const open = domains.find((domain) => isPublicMailDomain(domain))
  if (open) return field.report('Public mail domain', 'domains.public', field, { domain: open })
  if (domains.length > MAX_ALLOWED_DOMAINS) {
    return field.report('Too many domains', 'domains.max', field, { max: MAX_ALLOWED_DOMAINS })
  }
  const taken = await domainTakenElsewhere(domains, (field.meta as Meta).organizationId)
  if (taken) field.report('Domain taken', 'domains.taken', field, taken)
})

const name = vine.string().trim().minLength(1).maxLength(200).unique({
  table: 'organizations',
  column: 'name',
  caseInsensitive: true,
  filter: notThisOrganization,
})

const customerNumber = vine
  .string()
  .trim()
  .maxLength(50)
  .unique({
    table: 'organizations',
    column: 'customer_number',
    caseInsensitive: true,
    filter: notThisOrganization,
  })
  .optional()

const notes = vine.string().trim().maxLength(5000).optional()

/** "Neue Organisation": name, customer number, notes. */
export const createOrganizationValidator = vine
  .withMetaData<Meta>()
  .create({ name, customerNumber, notes })

/** The organization's details page: the same, plus the allowed email domains. */
export const updateOrganizationValidator = vine.withMetaData<Meta>().create({
  name,
  customerNumber,
  notes,
  allowedDomains: vine
    .string()
    .maxLength(2000)
    .use(allowedDomainsRule())
    .transform((value) => splitDomains(value))
    .optional(),
})

/** The list's search box and page, from the query string. */
export function parseOrganizationQuery(qs: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const page = Number(text(qs.page) || 1)
  return {
    search: text(qs.q).slice(0, 200),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 100000 ? page : 1,
  }
}
