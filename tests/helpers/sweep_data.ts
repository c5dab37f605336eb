import { DateTime } from 'luxon'
import Allowlist from '#services/allowlist'
import MailDelivery from '#models/mail_delivery'

/*
| Data for the page sweep (tests/browser/pages_sweep.spec.ts): something on
| every core page, in every state a page can show.
*/

/** Staff and one customer of one organization: what the core's pages show. */
export async function seed() {
  const { user: staff } = await Allowlist.allowStaff({
    email: 'sam@agentur.test',
    name: 'Sam Support',
  })
  const { user: clara, organization } = await Allowlist.allowCustomer({
    email: 'clara@kunde.test',
    organization: 'Kunde GmbH',
    name: 'Clara Kunde',
  })
  return { staff, clara, organization }
}

/**
 * One mail in each state the console shows: sent, waiting after a failed try,
 * failed (again or not). The subject is in the recipient's language.
 */
export async function seedMailDeliveries(
  recipient: string,
  subject = 'Deine Anmeldung bei Testportal'
) {
  const now = DateTime.now()
  const base = {
    mailer: 'smtp',
    subject,
    deliverBy: now.plus({ hours: 1 }),
    expiring: false,
  }
  await MailDelivery.createMany([
    { ...base, recipient, status: 'sent', attempts: 1, sentAt: now },
    {
      ...base,
      recipient,
      status: 'queued',
      attempts: 3,
      lastError: 'connect ECONNREFUSED 10.0.0.25:587',
    },
    {
      ...base,
      recipient,
      status: 'failed',
      attempts: 12,
      failedAt: now,
      lastError: '550 5.1.1 mailbox unavailable',
      message: 'x',
    },
    {
      ...base,
      recipient,
      status: 'failed',
      attempts: 4,
      failedAt: now,
      lastError: 'connect ETIMEDOUT 10.0.0.25:587',
      expiring: true,
    },
  ])
}
