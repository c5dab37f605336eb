import type { HttpContext } from '@adonisjs/core/http'
import { findInOrganization, forOrganization } from '#core/organization_scope'
import { renderPluginPage } from '#core/render_plugin_page'
import TicketsItem from '../models/tickets_item.js'
import TicketsItemTransformer from '../transformers/tickets_item_transformer.js'

export default class TicketsController {
  async index(ctx: HttpContext) {
    const items = await forOrganization(TicketsItem, ctx.auth.user!).orderBy('created_at', 'desc')
    return renderPluginPage(ctx, 'tickets/index', { items: items.map((item) => TicketsItemTransformer.toJSON(item)) })
  }

  /** Another organization's id is a 404, like an id that does not exist. */
  async show(ctx: HttpContext) {
    const item = await findInOrganization(TicketsItem, ctx.params.id, ctx.auth.user!)
    return renderPluginPage(ctx, 'tickets/show', { item: TicketsItemTransformer.toJSON(item) })
  }
}
