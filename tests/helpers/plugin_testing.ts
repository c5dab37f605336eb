import type { Assert } from '@japa/assert'
import mail from '@adonisjs/mail/services/main'
import HttpAgent from '#tests/helpers/http_agent'
import { makeCustomer } from '#tests/helpers/customers'
import { enrol } from '#tests/helpers/login'

/**
 * A customer of the named organization, logged in over real HTTP (link,
 * TOTP setup) in a fresh agent. For plugin tests.
 */
export async function customerAgent(organization: string) {
  const mails = mail.fake()
  try {
    const user = await makeCustomer(organization)
    const agent = new HttpAgent()
    await enrol(agent, mails, user.email)
    await user.refresh()
    return { agent, user }
  } finally {
    mail.restore()
  }
}

/**
 * The rule every plugin proves for each customer route: a record of another
 * organization answers exactly like one that does not exist.
 */
export async function assertOtherOrganizationGets404(
  assert: Assert,
  agent: HttpAgent,
  path: string
) {
  const response = await agent.request('GET', path)
  assert.equal(response.status, 404, `${path} must be a 404 for another organization`)
}
