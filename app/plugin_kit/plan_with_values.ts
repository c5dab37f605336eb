/**
 * Marks a query whose best plan depends on its values, so it is planned on
 * every run and never prepared (app/services/prepared_statements.ts). A
 * search is one: for `ILIKE '%Drucker%'` PostgreSQL walks the list in order
 * when the word is common and asks the trigram index when it is rare; a
 * prepared (generic) plan cannot know which, and the customer search took
 * 36 ms instead of 11 under the generic plan.
 *
 * @example
 * planWithValues(Note.query().whereILike('notes.body', pattern))
 */
export function planWithValues<Query extends { knexQuery: { options(options: object): unknown } }>(
  query: Query
): Query {
  query.knexQuery.options({ [PLAN_WITH_VALUES]: true })
  return query
}

/** The knex option planWithValues sets (knex hands a query's options to pg with the statement). */
export const PLAN_WITH_VALUES = 'portalPlanWithValues'
