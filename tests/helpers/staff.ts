import mail from '@adonisjs/mail/services/main'
import Allowlist from '#services/allowlist'
import type { StaffRole } from '#models/user'
import HttpAgent from '#tests/helpers/http_agent'
import { currentCode, requestAndConfirm } from '#tests/helpers/login'

let counter = 0

/** A fresh staff member (admin unless told otherwise) with a unique address. */
export async function makeStaff(staffRole: StaffRole = 'admin') {
  counter++
  const email = `team${counter}-${Date.now()}@agentur.test`
  const { user } = await Allowlist.allowStaff({ email, name: `Team ${counter}`, staffRole })
  return user
}

/**
 * A staff member logged in over real HTTP (link, TOTP setup) in a fresh
 * agent; the agent ends on the admin console's start page.
 */
export async function staffAgent(staffRole: StaffRole = 'admin') {
  const mails = mail.fake()
  try {
    const user = await makeStaff(staffRole)
    const agent = new HttpAgent()
    const setup = await requestAndConfirm(agent, mails, user.email)
    if (setup.component !== 'auth/setup_totp')
      throw new Error(`expected setup, got ${setup.component}`)
    const shown = await agent.submit('/login/setup', {
      code: currentCode(setup.props.secret as string),
    })
    if (shown.component !== 'auth/recovery_codes')
      throw new Error(`expected the recovery codes, got ${shown.component}`)
    const start = await agent.visit('/')
    if (start.component !== 'admin/dashboard')
      throw new Error(`expected admin/dashboard, got ${start.component}`)
    await user.refresh()
    return { agent, user, secret: setup.props.secret as string }
  } finally {
    mail.restore()
  }
}
