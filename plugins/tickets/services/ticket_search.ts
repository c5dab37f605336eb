import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { planWithValues } from '#plugin_kit/plan_with_values'
import type Ticket from '../models/ticket.js'

/**
 * Each ticket's searchable text, one row in `tickets_search` (migration
 * 0006): `customer_text` holds the number, the subject and every message the
 * customer can see, `internal_text` the internal notes. A search is one
 * `ILIKE '%…%'` per text, which the trigram indexes answer for a rare word
 * and which the database checks ticket by ticket, in inbox order, for a
 * common one. Triggers on tickets and tickets_messages keep it current, in
 * the writing transaction.
 */
export default class TicketSearch {
  /**
   * Restricts a tickets query to those whose text contains `term` (taken
   * literally: % and _ are no wildcards). Customers search what they can
   * see; staff also search internal notes.
   */
  static where(
    query: ModelQueryBuilderContract<typeof Ticket>,
    term: string,
    options: { internal: boolean }
  ) {
    const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
    // Planned with the pattern each time: a common and a rare word need different plans.
    return planWithValues(query).whereIn('tickets.id', (search) => {
      search.from('tickets_search').select('ticket_id').whereILike('customer_text', pattern)
      if (options.internal) search.orWhereILike('internal_text', pattern)
    })
  }
}
