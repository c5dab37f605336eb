import Allowlist from '#services/allowlist'

let counter = 0

/** A fresh allowlisted customer with a unique address. */
export async function makeCustomer(organization = 'Kunde GmbH') {
  counter++
  const email = `kunde${counter}-${Date.now()}@kunde.test`
  const { user } = await Allowlist.allowCustomer({ email, organization, name: `Kunde ${counter}` })
  return user
}
