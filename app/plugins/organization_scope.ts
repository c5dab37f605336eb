import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type User from '#models/user'

/**
 * The one way plugins read customer data: every query starts from the
 * customer's organization, so a record of another organization is simply not
 * found (404), never "forbidden".
 *
 * @example
 * const tickets = await forOrganization(Ticket, user).where('status', 'open')
 * const ticket = await findInOrganization(Ticket, params.id, user)
 */
export function forOrganization<Model extends LucidModel>(
  model: Model,
  user: Pick<User, 'organizationId'>
): ModelQueryBuilderContract<Model, InstanceType<Model>> {
  if (!user.organizationId) throw new Error('Customer data needs a user with an organization')
  return model.query().where(`${model.table}.organization_id`, user.organizationId)
}

/** The record with this id in the user's organization, or a 404. */
export function findInOrganization<Model extends LucidModel>(
  model: Model,
  id: string | number,
  user: Pick<User, 'organizationId'>
): Promise<InstanceType<Model>> {
  const numeric = Number(id)
  if (!Number.isSafeInteger(numeric) || numeric < 1) {
    return forOrganization(model, user).whereRaw('false').firstOrFail()
  }
  return forOrganization(model, user).where(`${model.table}.id`, numeric).firstOrFail()
}
