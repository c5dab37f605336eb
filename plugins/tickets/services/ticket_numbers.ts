import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * The next human-readable number, "T-<year>-<counter>". The counter comes
 * from one PostgreSQL sequence for all organizations: unique without locks,
 * never reused, and it keeps counting across years (the year is only a hint
 * for people). Four digits at least, more when the counter grows.
 */
export async function nextTicketNumber(
  client: TransactionClientContract | typeof db = db,
  now = DateTime.now()
) {
  const result = await client.rawQuery("SELECT nextval('tickets_number_seq') AS value")
  const counter = Number(result.rows[0].value)
  return `T-${now.year}-${String(counter).padStart(4, '0')}`
}
