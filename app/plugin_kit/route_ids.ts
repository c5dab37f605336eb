import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

/** PostgreSQL's `integer`: ids beyond it would make the query fail (a 500) instead of finding nothing. */
const MAX_ID = 2_147_483_647

/**
 * A route's `:id` as a record id: a positive integer that fits the column,
 * or null for anything else ("abc", "0", "1e3", "99999999999").
 */
export function routeId(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : raw
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= MAX_ID ? id : null
}

/**
 * The record the route's `:id` names within `query`, or a 404. A malformed
 * id is a 404 as well, never a 500. Staff pages use it with the model's
 * query; customer pages start from `forOrganization` (see
 * `findInOrganization`), so another organization's record is not found.
 *
 * @example
 * const note = await findByRouteId(Note.query().preload('organization'), ctx.params.id)
 */
export function findByRouteId<Model extends LucidModel, Result>(
  query: ModelQueryBuilderContract<Model, Result>,
  raw: unknown
): Promise<Result> {
  const id = routeId(raw)
  if (id === null) return query.whereRaw('false').firstOrFail()
  return query.where(`${query.model.table}.id`, id).firstOrFail()
}
