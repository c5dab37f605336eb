import type TicketsItem from '../models/tickets_item.js'

/** What the browser may see of an item. */
export default class TicketsItemTransformer {
  static toJSON(item: TicketsItem) {
    return { id: item.id, title: item.title, createdAt: item.createdAt.toISO()! }
  }
}
