import Organization from '#models/organization'
import { DateTime } from 'luxon'
import { CURRENCIES, uploadRules } from '../validators/invoice_rules.js'

/**
 * What the upload, batch and edit forms offer: currencies and the stated
 * limits. The organization is chosen with the core's organization picker
 * (suggestions from /admin/organizations/lookup), never from a list of all.
 */
export async function adminFormOptions() {
  return {
    // Without any organization there is nothing to upload for: the forms say so instead.
    anyOrganization: (await Organization.query().select('id').first()) !== null,
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
