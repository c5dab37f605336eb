import Organization from '#models/organization'

let counter = 0

/** A fresh organization with a unique name (tests share one database). */
export async function makeOrganization(
  fields: Partial<Pick<Organization, 'customerNumber' | 'notes' | 'allowedDomains'>> = {}
) {
  counter++
  return Organization.create({
    name: `Firma ${counter}-${Date.now()}`,
    allowedDomains: [],
    ...fields,
  })
}

/** A unique domain for tests of allowed domains. */
export function uniqueDomain(prefix = 'kunde') {
  counter++
  return `${prefix}${counter}-${Date.now()}.test`
}

export { sendForm as send } from '#tests/helpers/forms'
export { auditEvents } from '#tests/helpers/audit'

/** Logged in directly (tests/helpers/direct_login.ts): these tests are about the admin console, not the login. */
export { staffClient } from '#tests/helpers/staff'
export { customerClient } from '#tests/helpers/plugin_testing'
