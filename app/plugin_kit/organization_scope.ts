import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type User from '#models/user'
import { findByRouteId } from '#plugin_kit/route_ids'

/**
 * The one way plugins read customer data: every query starts from the
 * customer's organization, so a record of another organization is simply not
 * found (404), never "forbidden".
 *
 * @example
 * const notes = await forOrganization(Note, user).where('status', 'open')
 * const note = await findInOrganization(Note, params.id, user)
 */
export function forOrganization<Model extends LucidModel>(
  model: Model,
  user: Pick<User, 'organizationId'>
): ModelQueryBuilderContract<Model, InstanceType<Model>> {
  if (!user.organizationId) throw new Error('Customer data needs a user with an organization')
  return model.query().where(`${model.table}.organization_id`, user.organizationId)
}

/** The record with this id in the user's organization, or a 404 (malformed ids too). */
export function findInOrganization<Model extends LucidModel>(
  model: Model,
  id: unknown,
  user: Pick<User, 'organizationId'>
): Promise<InstanceType<Model>> {
  return findByRouteId(forOrganization(model, user), id)
}
