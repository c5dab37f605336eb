import Allowlist from '#services/allowlist'
import type { StaffRole } from '#models/user'
import { logInDirectly } from '#tests/helpers/direct_login'

let counter = 0

/** A fresh staff member (admin unless told otherwise) with a unique address. */
export async function makeStaff(staffRole: StaffRole = 'admin') {
  counter++
  const email = `team${counter}-${Date.now()}@agentur.test`
  const { user } = await Allowlist.allowStaff({ email, name: `Team ${counter}`, staffRole })
  return user
}

/**
 * A staff member logged in (2FA set up, device trusted) in a fresh client,
 * directly: for tests that are not about logging in (tests/helpers/direct_login.ts).
 */
export async function staffClient(staffRole: StaffRole = 'admin') {
  return logInDirectly(await makeStaff(staffRole))
}
