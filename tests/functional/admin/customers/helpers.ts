import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import Organization from '#models/organization'
import type { StaffRole } from '#models/user'
import type User from '#models/user'
import HttpAgent from '#tests/helpers/http_agent'
import type { InertiaPage } from '#tests/helpers/http_agent'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import { makeStaff } from '#tests/helpers/staff'
import { makeCustomer } from '#tests/helpers/customers'

let counter = 0

/** A fresh organization with a unique name (tests share one database). */
export async function makeOrganization(fields: Partial<Pick<Organization, 'customerNumber' | 'notes' | 'allowedDomains'>> = {}) {
  counter++
  return Organization.create({ name: `Firma ${counter}-${Date.now()}`, allowedDomains: [], ...fields })
}

/** A unique domain for tests of allowed domains. */
export function uniqueDomain(prefix = 'kunde') {
  counter++
  return `${prefix}${counter}-${Date.now()}.test`
}

/** PUT/POST/… a form the way Inertia does, follow the redirect, return the page. */
export async function send(agent: HttpAgent, method: string, path: string, body: Record<string, unknown> = {}): Promise<InertiaPage> {
  const response = await agent.request(method, path, { body })
  const location = response.headers.get('location')
  if (response.status >= 300 && response.status < 400 && location) return agent.visit(location)
  throw new Error(`Expected a redirect from ${method} ${path}, got ${response.status}: ${(await response.text()).slice(0, 300)}`)
}

/** Audit events of one name about a user or an organization. */
export function auditEvents(event: string, where: { userId?: number; organizationId?: number }) {
  const query = db.from('audit_events').where('event', event).orderBy('id')
  if (where.userId) query.where('user_id', where.userId)
  if (where.organizationId) query.where('organization_id', where.organizationId)
  return query
}

/**
 * A whole first login over real HTTP (link, TOTP setup) in a fresh agent.
 * Like the shared staffAgent/customerAgent, but it does not insist on the
 * page that follows the setup (the start page, or a recovery-codes page
 * shown once in between): the session is logged in either way.
 */
async function loggedIn(user: User) {
  const mails = mail.fake()
  try {
    const agent = new HttpAgent()
    const setup = await requestAndConfirm(agent, mails, user.email)
    if (setup.component !== 'auth/setup_totp') throw new Error(`expected setup, got ${setup.component}`)
    const done = await agent.submit('/login/setup', { code: currentCode(setup.props.secret as string) })
    if (done.component.startsWith('auth/') && done.component !== 'auth/recovery_codes') {
      throw new Error(`login did not complete: ${done.component} ${JSON.stringify(done.props.errors)}`)
    }
    await user.refresh()
    return { agent, user }
  } finally {
    mail.restore()
  }
}

export async function staffAgent(staffRole: StaffRole = 'admin') {
  return loggedIn(await makeStaff(staffRole))
}

export async function customerAgent(organization: string) {
  return loggedIn(await makeCustomer(organization))
}
