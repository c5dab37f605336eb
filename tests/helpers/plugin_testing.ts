import type { Assert } from '@japa/assert'
import type HttpClient from '#tests/helpers/http_client'
import { makeCustomer } from '#tests/helpers/customers'
import { logInDirectly } from '#tests/helpers/direct_login'

/**
 * A customer of the named organization, logged in (2FA set up, device
 * trusted) in a fresh client, directly: the login itself has its own tests
 * (tests/helpers/direct_login.ts). For plugin tests.
 */
export async function customerClient(organization: string) {
  return logInDirectly(await makeCustomer(organization))
}

/**
 * The rule every plugin proves for each customer route: a record of another
 * organization answers exactly like one that does not exist.
 */
export async function assertOtherOrganizationGets404(
  assert: Assert,
  http: HttpClient,
  path: string
) {
  const response = await http.request('GET', path)
  assert.equal(response.status, 404, `${path} must be a 404 for another organization`)
}
