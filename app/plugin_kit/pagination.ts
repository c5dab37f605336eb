import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { countInBatch } from '#plugin_kit/batched_counts'
import type { RawQueryBindings } from '@adonisjs/lucid/types/querybuilder'
import type { LucidModel, LucidRow, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { selectAllOf } from '#plugin_kit/joined_relations'

/**
 * Pagination for lists that can hold a million rows. Lucid's `paginate()`
 * counts every matching row on every page view (the staff inbox counted all
 * open requests of all organizations each time). Here the count stops at
 * `countLimit`: a list with more rows says "more than 1,000", pages forward
 * by whether a next row exists, and costs the same with 2,000 rows as with
 * 2,000,000.
 *
 * @example
 * const { rows, meta } = await paginateCapped(Ticket.query().where(…).orderBy(…), page, 20)
 * // meta: { currentPage, perPage, total, totalIsExact, lastPage (null when not exact), hasNext }
 *
 * `countLimit: 0` does not count at all (searches: counting every match of a
 * common word costs more than finding the first page); the total is then
 * "more than" the rows up to this page.
 *
 * The busiest lists ask for plain rows (`query.pojo<Row>()`) and come back as
 * such: building a Lucid model costs about as much per row as the rest of
 * the page together (the customer's ticket list answered 60 % more requests
 * per second with plain rows; docs/performance.md, fifth round).
 */
export const COUNT_UP_TO = 1000

export interface PageMeta {
  currentPage: number
  perPage: number
  /** The number of rows, or COUNT_UP_TO when there are more (then `totalIsExact` is false). */
  total: number
  totalIsExact: boolean
  /** The last page when the total is exact, otherwise null. */
  lastPage: number | null
  hasNext: boolean
}

export async function paginateCapped<Model extends LucidModel, Result>(
  query: ModelQueryBuilderContract<Model, Result>,
  page: number,
  perPage: number,
  countLimit = COUNT_UP_TO
): Promise<{ rows: Result[]; meta: PageMeta }> {
  const currentPage = Math.max(1, Math.floor(page) || 1)
  const offset = (currentPage - 1) * perPage
  const cap = countLimit || COUNT_UP_TO
  const fetching = query
    .clone()
    .offset(offset)
    .limit(perPage + 1)
  // Lucid's clone() forgets pojo(): a list asked for as plain rows stays plain rows.
  if (returnsPlainRows(query)) fetching.pojo()
  // The count rides along in the same statement (an uncorrelated subquery:
  // PostgreSQL runs it once): one round trip for rows and count.
  if (countLimit !== 0) {
    const limited = countedTo(query, cap)
    selectAllOf(fetching)
    fetching.select(
      db.raw(`(select count(*) from (${limited.sql}) as capped) as capped_total`, [
        ...limited.bindings,
      ] as RawQueryBindings)
    )
  }
  const fetched = (await fetching.exec()) as Array<LucidRow | Record<string, unknown>>
  // A model keeps the extra column in $extras, a plain row as a property.
  const extrasOf = (row: LucidRow | Record<string, unknown>) =>
    ('$extras' in row ? row.$extras : row) as Record<string, unknown>
  const countedAlong = fetched.length > 0 ? Number(extrasOf(fetched[0]).capped_total) : null
  for (const row of fetched) delete extrasOf(row).capped_total
  const rows = fetched.slice(0, perPage) as Result[]
  const hasNext = fetched.length > perPage
  if (countLimit === 0 && (rows.length > 0 || currentPage === 1)) {
    // Not counted (a search): the total is known only on its last page.
    const total = offset + rows.length
    return {
      rows,
      meta: {
        currentPage,
        perPage,
        total,
        totalIsExact: !hasNext,
        lastPage: hasNext ? null : currentPage,
        hasNext,
      },
    }
  }
  // Counted on every page, the last one too: a page costs the same queries with 1 row as with a million.
  // A page past the end has no row to carry the count, and an uncounted list past its end is
  // counted after all ("more than 40" would be wrong there): both count on their own.
  const found = countedAlong ?? (await countSql(query, countedTo(query, cap)))
  const totalIsExact = found <= cap
  const lastPage = totalIsExact ? Math.max(1, Math.ceil(found / perPage)) : null
  return {
    rows,
    meta: { currentPage, perPage, total: Math.min(found, cap), totalIsExact, lastPage, hasNext },
  }
}

/** Whether the query was asked for plain rows (`.pojo()`) instead of models. */
function returnsPlainRows(query: object) {
  return (query as { wrapResultsToModelInstances?: boolean }).wrapResultsToModelInstances === false
}

/** The query's rows, at most `limit + 1` of them, as SQL for counting. */
function countedTo(query: { clone(): any }, limit: number) {
  return query
    .clone()
    .clearOrder()
    .clearSelect()
    .select(db.raw('1'))
    .limit(limit + 1)
    .toSQL()
}

/** Navigation badges count this far; the menu shows "99+" beyond. */
export const BADGE_COUNT_UP_TO = 100

/**
 * How many rows a query matches, counted up to `limit`: the cost stays that of
 * reading `limit` rows however many there are. For badges and summaries.
 *
 * @example
 * const waiting = await countUpTo(db.from('notes').where('status', 'waiting'), BADGE_COUNT_UP_TO)
 */
export function countUpTo(query: CountableQuery, limit: number): Promise<number> {
  return countSql(query, countedTo(query, limit - 1))
}

/** A Lucid model or database query builder. */
type CountableQuery = { client: QueryClientContract; clone(): any }

/**
 * How many rows a query matches, all of them: for numbers that must be exact
 * (a customer's "3 Anfragen warten auf dich"), on queries that stay small
 * (one organization's rows). Counts asked for together run as one statement
 * (countInBatch).
 *
 * @example
 * const waiting = await countAll(forOrganization(Note, user).where('notes.status', 'waiting'))
 */
export function countAll(query: CountableQuery): Promise<number> {
  const { sql, bindings } = query.clone().clearOrder().clearSelect().select(db.raw('1')).toSQL()
  return countInBatch(query.client, sql, bindings)
}

/** Counts the rows of an already limited query, on the query's own connection (or transaction). */
function countSql(query: CountableQuery, limited: { sql: string; bindings: readonly unknown[] }) {
  return countInBatch(query.client, limited.sql, limited.bindings)
}
