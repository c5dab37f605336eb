import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import { pluginSetting } from '#plugin_kit/plugin_settings'
import type Ticket from '../models/ticket.js'

/**
 * Which tickets a customer may see: their organization's, or only their own
 * when staff set the "visibility" setting to "own". TicketScope applies the
 * same rule to queries (lists, badges); this answers it for one ticket and
 * one user, e.g. whether a follower still gets the ticket's mails.
 */
export default class TicketPolicy extends BasePolicy {
  /** Whether the user sees the tickets of others in the organization. */
  async viewOthers(user: User) {
    return (await pluginSetting(user, 'tickets', 'visibility')) !== 'own'
  }

  async view(user: User, ticket: Ticket) {
    if (user.organizationId !== ticket.organizationId) return false
    return ticket.createdByUserId === user.id || this.viewOthers(user)
  }
}
