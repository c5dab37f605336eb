import mail from '@adonisjs/mail/services/main'
import Organization from '#models/organization'
import type { StaffRole } from '#models/user'
import type User from '#models/user'
import HttpAgent from '#tests/helpers/http_agent'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'
import { makeStaff } from '#tests/helpers/staff'
import { makeCustomer } from '#tests/helpers/customers'

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
    if (setup.component !== 'auth/setup_totp')
      throw new Error(`expected setup, got ${setup.component}`)
    const done = await agent.submit('/login/setup', {
      code: currentCode(setup.props.secret as string),
    })
    if (done.component.startsWith('auth/') && done.component !== 'auth/recovery_codes') {
      throw new Error(
        `login did not complete: ${done.component} ${JSON.stringify(done.props.errors)}`
      )
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
