import { DateTime } from 'luxon'
import Organization from '#models/organization'
import { CURRENCIES, uploadRules } from '../validators/invoice_rules.js'

/** What the upload, batch and edit forms offer: organizations to choose, currencies and the stated limits. */
export async function adminFormOptions() {
  const organizations = await Organization.query().select('id', 'name').orderByRaw('lower(name)')
  return {
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    currencies: [...CURRENCIES],
    limits: {
      maxSize: uploadRules.maxSizeLabel,
      maxFiles: uploadRules.maxBatchFiles,
      maxRequest: uploadRules.maxRequestLabel,
      maxRequestBytes: uploadRules.maxRequestBytes,
    },
  }
}

/** A new invoice's dates: issued today, due in 14 days. */
export function defaultDates() {
  const today = DateTime.now().startOf('day')
  return { issuedOn: today.toISODate()!, dueOn: today.plus({ days: 14 }).toISODate()! }
}
