import type InvoicesItem from '../models/invoices_item.js'

/** What the browser may see of an item. */
export default class InvoicesItemTransformer {
  static toJSON(item: InvoicesItem) {
    return { id: item.id, title: item.title, createdAt: item.createdAt.toISO()! }
  }
}
