import db from '@adonisjs/lucid/services/db'
import type { LucidModel, LucidRow, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { BelongsToRelationContract } from '@adonisjs/lucid/types/relations'

/**
 * `belongsTo` relations loaded in the same statement as their record (a LEFT
 * JOIN) instead of `preload()`, which runs one more statement per relation:
 * a record with its author, organization and assignee costs one round trip
 * to PostgreSQL instead of four. The related models are built as Lucid builds
 * them (`$createFromAdapterResult`) and set like a preload (`null` when there
 * is none).
 *
 * @example
 * const note = await joinBelongsTo(Note.query().where(…), ['author']).firstOrFail()
 * note.author // a User, or null
 *
 * Name the columns a page shows to load only those (the related key comes
 * along): a related model costs per column, and a user row holds more than
 * a page should carry around (the encrypted TOTP secret, say).
 *
 * @example
 * joinBelongsTo(Note.query(), { author: ['name', 'role'] }) // note.author.name, .role; .email undefined
 *
 * For one record and its thread, not for lists: with 20 rows per page the
 * joined statement cost PostgreSQL more than the preload's second statement
 * saved (pgbench on the benchmark's database), and the benchmark agreed.
 *
 * Only for `belongsTo` relations without an `onQuery` hook (the join would
 * not apply it). The query's own columns must be qualified (`notes.status`),
 * as the joined tables have columns of the same names. Join after `clone()`:
 * Lucid's clone drops the row transformer that sets the relations.
 */
export function joinBelongsTo<Query extends ModelQueryBuilderContract<LucidModel, any>>(
  query: Query,
  relations: string[] | Record<string, string[]>
): Query {
  // Relation name -> the columns to load (database names), or null for all of them.
  const wanted: Record<string, string[] | null> = Array.isArray(relations)
    ? Object.fromEntries(relations.map((name) => [name, null]))
    : relations
  const names = Object.keys(wanted)
  if (names.length === 0) return query
  const model = query.model
  const table = model.table
  selectAllOf(query)

  const joined = names.map((name) => {
    const relation = model.$getRelation(name) as
      (BelongsToRelationContract<LucidModel, LucidModel> & { onQueryHook?: unknown }) | undefined
    if (relation?.type !== 'belongsTo')
      throw new Error(`joinBelongsTo: ${model.name}.${name} is not a belongsTo relation`)
    if (relation.onQueryHook)
      throw new Error(`joinBelongsTo: ${model.name}.${name} has an onQuery hook; preload it`)
    relation.boot()
    const related = relation.relatedModel()
    const alias = `joined_${name}`
    const prefix = `${name}.`
    const asked = wanted[name]
    const columns = asked
      ? [...new Set([relation.localKeyColumnName, ...asked])]
      : [...related.$columnsDefinitions.values()].map(({ columnName }) => columnName)
    query.leftJoin(
      `${related.table} as ${alias}`,
      `${alias}.${relation.localKeyColumnName}`,
      `${table}.${relation.foreignKeyColumnName}`
    )
    query.select(
      // Quoted by hand: knex would split the alias "createdBy.id" at its dot. The names come
      // from the model's column definitions, never from a request.
      columns.map((column) => db.raw(`"${alias}"."${column}" as "${prefix}${column}"`))
    )
    return { name, related, prefix, key: relation.localKeyColumnName }
  })

  const earlier = (query as unknown as { rowTransformerCallback?: (row: LucidRow) => void })
    .rowTransformerCallback
  return query.rowTransformer((row) => {
    for (const { name, related, prefix, key } of joined) {
      const values: Record<string, unknown> = {}
      for (const extra of Object.keys(row.$extras)) {
        if (!extra.startsWith(prefix)) continue
        values[extra.slice(prefix.length)] = row.$extras[extra]
        delete row.$extras[extra]
      }
      const found = values[key] !== null && values[key] !== undefined
      row.$setRelated(
        name as never,
        found ? (related.$createFromAdapterResult(values) as never) : null
      )
    }
    earlier?.(row)
  })
}

/**
 * Makes a query that selects nothing explicitly (`select *`) select its own
 * table's columns by name, so that columns added to it (a join's, a count's)
 * come on top of the row instead of replacing it.
 */
export function selectAllOf(query: ModelQueryBuilderContract<LucidModel, any>) {
  const statements = (query.knexQuery as unknown as { _statements: Array<{ grouping: string }> })
    ._statements
  if (!statements.some((statement) => statement.grouping === 'columns'))
    query.select(`${query.model.table}.*`)
}
