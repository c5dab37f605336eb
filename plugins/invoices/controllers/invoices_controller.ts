import type { HttpContext } from '@adonisjs/core/http'
import { findInOrganization, forOrganization } from '#core/organization_scope'
import { renderPluginPage } from '#core/render_plugin_page'
import InvoicesItem from '../models/invoices_item.js'
import InvoicesItemTransformer from '../transformers/invoices_item_transformer.js'

export default class InvoicesController {
  async index(ctx: HttpContext) {
    const items = await forOrganization(InvoicesItem, ctx.auth.user!).orderBy('created_at', 'desc')
    return renderPluginPage(ctx, 'invoices/index', { items: items.map((item) => InvoicesItemTransformer.toJSON(item)) })
  }

  /** Another organization's id is a 404, like an id that does not exist. */
  async show(ctx: HttpContext) {
    const item = await findInOrganization(InvoicesItem, ctx.params.id, ctx.auth.user!)
    return renderPluginPage(ctx, 'invoices/show', { item: InvoicesItemTransformer.toJSON(item) })
  }
}
