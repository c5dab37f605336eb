/**
 * Fills a migrated, empty portal database with an agency's worth of data,
 * in a few large INSERT … SELECT generate_series statements (row by row
 * through the app would take hours):
 *
 *   organizations   10,000 (one customer each)
 *   tickets         1,000,000 — 10,000 of them in the benchmark customer's organization
 *   messages        1,000,000 (the first message of every ticket)
 *   invoices        100,000 (10 per organization)
 *
 * The benchmark customer and staff member are invited, not yet active: they
 * log in through the real flow (magic link, 2FA setup) like anybody else.
 */
export interface Scale {
  organizations: number
  tickets: number
  /** Tickets of the benchmark customer's organization (part of `tickets`). */
  ticketsInOwnOrganization: number
  invoicesPerOrganization: number
}

export const FULL_SCALE: Scale = {
  organizations: 10_000,
  tickets: 1_000_000,
  ticketsInOwnOrganization: 10_000,
  invoicesPerOrganization: 10,
}
export const SMALL_SCALE: Scale = {
  organizations: 50,
  tickets: 2_000,
  ticketsInOwnOrganization: 200,
  invoicesPerOrganization: 2,
}

export const BENCH_CUSTOMER = 'kundin@bench.test'
export const BENCH_STAFF = 'team@agentur.test'
/** A word that is in 1 of 20 subjects and bodies: a search with many hits. */
export const SEARCH_TERM = 'Drucker'

const SUBJECTS = [
  'Drucker druckt nicht',
  'Neue Mailbox einrichten',
  'Website lädt langsam',
  'Zertifikat läuft ab',
  'Rechnung korrigieren',
  'VPN verbindet nicht',
  'Backup fehlgeschlagen',
  'Newsletter-Vorlage anpassen',
  'Passwort zurücksetzen',
  'Shop zeigt falsche Preise',
  'Kontaktformular sendet nichts',
  'Neue Seite für das Team',
  'Domain umziehen',
  'Kalender synchronisiert nicht',
  'Bilder in der Galerie fehlen',
  'SEO-Auswertung für Oktober',
  'Cookie-Banner erscheint doppelt',
  'Server antwortet mit Fehler 502',
  'Logo austauschen',
  'Zugang für neue Kollegin',
]

const sqlList = (values: string[]) =>
  values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>

/** Runs the seed; returns how long each step took, for the benchmark's log. */
export async function seedAtScale(query: Query, scale: Scale) {
  const timings: Array<[string, number]> = []
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const started = performance.now()
    await query(sql, values)
    timings.push([name, Math.round(performance.now() - started)])
  }
  const others = scale.organizations - 1
  const otherTickets = scale.tickets - scale.ticketsInOwnOrganization

  await step('settings', `SET maintenance_work_mem = '512MB'`)
  // Like a restore: the large tables' secondary indexes are built once after loading, not row by row.
  const indexes = (await query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename IN ('tickets', 'tickets_messages', 'tickets_search')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`
  )) as Array<{ indexname: string; indexdef: string }>
  for (const { indexname } of indexes) await query(`DROP INDEX "${indexname}"`)
  // The search-text triggers would update a row per message; the texts are written in one statement below.
  for (const table of ['tickets', 'tickets_messages'])
    await query(`ALTER TABLE ${table} DISABLE TRIGGER USER`)
  await step(
    'organizations',
    `INSERT INTO organizations (name, customer_number, created_at, updated_at)
     SELECT CASE WHEN i = 1 THEN 'Bench GmbH' ELSE 'Kunde ' || i || ' GmbH' END, 'K-' || i, now(), now()
     FROM generate_series(1, $1::int) AS i`,
    [scale.organizations]
  )
  await step(
    'customers',
    `INSERT INTO users (email, name, organization_id, role, status, created_at, updated_at)
     SELECT CASE WHEN o.id = (SELECT min(id) FROM organizations) THEN $1 ELSE 'kunde' || o.id || '@kunde' || o.id || '.test' END,
            'Kundin ' || o.id, o.id, 'customer', CASE WHEN o.id = (SELECT min(id) FROM organizations) THEN 'invited' ELSE 'active' END,
            now(), now()
     FROM organizations o`,
    [BENCH_CUSTOMER]
  )
  await step(
    'staff',
    `INSERT INTO users (email, name, role, staff_role, status, created_at, updated_at)
     VALUES ($1, 'Team Agentur', 'staff', 'admin', 'invited', now(), now())`,
    [BENCH_STAFF]
  )
  // Ticket i belongs to the benchmark organization for the first N, then round-robin to the others.
  // Activity spreads over two years; one ticket in four is closed, one in three waits for the team.
  await step(
    'tickets',
    `WITH orgs AS (SELECT array_agg(id ORDER BY id) AS ids FROM organizations),
          owners AS (SELECT organization_id, min(id) AS user_id FROM users WHERE role = 'customer' GROUP BY organization_id),
          subjects AS (SELECT ARRAY[${sqlList(SUBJECTS)}] AS list),
          numbered AS (
            SELECT i,
                   CASE WHEN i <= $1 THEN orgs.ids[1] ELSE orgs.ids[2 + (i % $2)] END AS organization_id,
                   now() - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute' AS activity
            FROM generate_series(1, $3::int) AS i, orgs)
     INSERT INTO tickets (organization_id, number, subject, status, priority, created_by_user_id,
                          last_activity_at, last_customer_message_at, last_staff_reply_at, created_at, updated_at)
     SELECT n.organization_id, 'T-B-' || n.i, subjects.list[1 + n.i % 20] || ' (' || n.i || ')',
            (ARRAY['open', 'in_progress', 'waiting_for_customer', 'closed'])[1 + n.i % 4]::text,
            'normal', owners.user_id, n.activity, n.activity,
            CASE WHEN n.i % 3 = 0 THEN NULL ELSE n.activity + interval '1 hour' END,
            n.activity - interval '1 day', n.activity
     FROM numbered n JOIN owners ON owners.organization_id = n.organization_id, subjects`,
    [
      scale.ticketsInOwnOrganization,
      Math.max(others, 1),
      scale.ticketsInOwnOrganization + otherTickets,
    ]
  )
  await step(
    'messages',
    `INSERT INTO tickets_messages (ticket_id, author_user_id, body, is_internal, created_at)
     SELECT t.id, t.created_by_user_id,
            'Hallo zusammen, ' || t.subject || '. Seit ' || (t.id % 28 + 1) || ' Tagen tritt das auf. Viele Grüße',
            false, t.created_at
     FROM tickets t`
  )
  // What the ticket plugin's triggers write along with each ticket and message (migration 0006).
  await step(
    'search texts',
    `INSERT INTO tickets_search (ticket_id, customer_text)
     SELECT t.id, t.number || ' ' || t.subject || ' ' || m.body FROM tickets t JOIN tickets_messages m ON m.ticket_id = t.id`
  )
  await step(
    'invoices',
    `INSERT INTO invoices (organization_id, number, issued_on, due_on, amount_cents, currency, paid_at, file_key, file_size, created_at, updated_at)
     SELECT o.id, 'R-' || o.id || '-' || k, current_date - k * 30, current_date - k * 30 + 14, 10000 + (o.id * k) % 90000, 'EUR',
            CASE WHEN k > 1 THEN now() - k * interval '20 days' END, 'invoices/bench/' || o.id || '-' || k || '.pdf', 20000, now(), now()
     FROM organizations o, generate_series(1, $1::int) AS k`,
    [scale.invoicesPerOrganization]
  )
  for (const table of ['tickets', 'tickets_messages'])
    await query(`ALTER TABLE ${table} ENABLE TRIGGER USER`)
  for (const { indexname, indexdef } of indexes) await step(`index ${indexname}`, indexdef)
  // What autovacuum does soon after a load like this in production: statistics and the
  // visibility map (without it a count reads the table instead of the index alone; on
  // this machine's PostgreSQL autovacuum is off, so the seed does it).
  await step('vacuum analyze', 'VACUUM ANALYZE')
  return timings
}

/** A kept database (BENCH_REUSE): the benchmark people become invited again, so the real first login works once more. */
export async function resetBenchPeople(query: Query) {
  const people = [BENCH_CUSTOMER, BENCH_STAFF]
  await query(
    `DELETE FROM recovery_codes WHERE user_id IN (SELECT id FROM users WHERE email = ANY($1))`,
    [people]
  )
  await query(
    `UPDATE trusted_devices SET revoked_at = now() WHERE user_id IN (SELECT id FROM users WHERE email = ANY($1))`,
    [people]
  )
  await query(
    `UPDATE users SET status = 'invited', totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE email = ANY($1)`,
    [people]
  )
  // A new login per run: without this, the fourth run within 15 minutes meets the magic link limit.
  await query(`DELETE FROM rate_limits`)
}
