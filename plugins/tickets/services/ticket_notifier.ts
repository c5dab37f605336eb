import mail from '@adonisjs/mail/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import portalConfig from '#config/portal'
import User from '#models/user'
import Organization from '#models/organization'
import { mailLocaleOf } from '#services/user_locale'
import type Ticket from '../models/ticket.js'
import type TicketMessage from '../models/ticket_message.js'
import TicketMail, { type TicketMailKind } from '../mails/ticket_mail.js'
import TicketFollowers from './ticket_followers.js'
import TicketPolicy from '../policies/ticket_policy.js'
import { pushStaffReply } from './ticket_push.js'
import ReplyAddress from './reply_address.js'

function nameOf(user: Pick<User, 'name' | 'email'>) {
  return user.name ?? user.email
}

/** A ticket's page as a full URL: the admin console's for the agency, the customer's for customers. */
function ticketLink(route: 'tickets.show' | 'admin.tickets.show', ticket: Ticket) {
  return urlFor(route, { id: ticket.id }, { prefixUrl: portalConfig.url })
}

/**
 * Who hears about what, queued in the background (mail.sendLater). The
 * customer controllers call the customer half; the admin console calls
 * staffReplied() and statusChanged() with a staff actor.
 */
export default class TicketNotifier {
  /** A customer opened a ticket: support gets it. */
  static async opened(ticket: Ticket, message: TicketMessage, requester: User) {
    await this.#toSupport('opened', ticket, requester, message)
  }

  /** A customer wrote in the thread: support gets it. */
  static async customerReplied(ticket: Ticket, message: TicketMessage, author: User) {
    await this.#toSupport('customer_reply', ticket, author, message)
  }

  /** Staff answered (admin console): the requester and followers get it; internal notes go to nobody, ever. */
  static async staffReplied(ticket: Ticket, message: TicketMessage, staff: User) {
    if (message.isInternal) return
    await this.#toWatchers('staff_reply', ticket, staff, message)
  }

  /** The status changed: the requester and followers hear about it, except whoever changed it. */
  static async statusChanged(ticket: Ticket, actor: User) {
    await this.#toWatchers('status_changed', ticket, actor, null)
  }

  /** The agency's mail links to the ticket in the admin console, where they can answer. */
  static async #toSupport(
    kind: TicketMailKind,
    ticket: Ticket,
    actor: User,
    message: TicketMessage
  ) {
    await this.#queue(
      kind,
      portalConfig.supportEmail,
      ticket,
      actor,
      message,
      ticketLink('admin.tickets.show', ticket)
    )
  }

  /**
   * The requester and the colleagues who follow the ticket, each once, minus
   * the person who caused the change and disabled users. A follower who can
   * no longer see the ticket (moved to another organization, or set to
   * "own" visibility) is skipped too.
   */
  static async #toWatchers(
    kind: TicketMailKind,
    ticket: Ticket,
    actor: User,
    message: TicketMessage | null
  ) {
    const ids = [
      ...new Set([ticket.createdByUserId, ...(await TicketFollowers.userIds(ticket))]),
    ].filter((id) => id !== actor.id)
    if (ids.length === 0) return
    const users = await User.query().whereIn('id', ids)
    const byId = new Map(users.map((user) => [user.id, user]))
    const sent = new Set<string>()
    const notified: number[] = []
    for (const id of ids) {
      const user = byId.get(id)
      if (!user || user.status === 'disabled') continue
      // Everyone must still belong to the ticket's organization; "own only" limits followers, not the requester.
      if (user.organizationId !== ticket.organizationId) continue
      if (!(await new TicketPolicy().view(user, ticket))) continue
      const email = user.email.toLowerCase()
      if (sent.has(email)) continue
      sent.add(email)
      notified.push(user.id)
      await this.#queue(
        kind,
        user.email,
        ticket,
        actor,
        message,
        ticketLink('tickets.show', ticket),
        mailLocaleOf(user),
        ReplyAddress.for(ticket.id, user.id)
      )
    }
    // The same people also get a push notification on their devices (docs/push.md).
    if (kind === 'staff_reply') await pushStaffReply(ticket, notified)
  }

  static async #queue(
    kind: TicketMailKind,
    to: string,
    ticket: Ticket,
    actor: User,
    message: TicketMessage | null,
    link: string,
    /** the recipient's language; the agency's own mails use the default */
    locale?: string,
    /** where the recipient's reply by email goes (signed for them and this ticket) */
    replyTo: string | null = null
  ) {
    const organization = await Organization.find(ticket.organizationId)
    const attachments = message ? await countAttachments(message) : 0
    await mail.sendLater(
      new TicketMail(
        kind,
        to,
        {
          number: ticket.number,
          subject: ticket.subject,
          status: ticket.status,
          organization: organization?.name ?? null,
          actor: nameOf(actor),
          body: message?.body ?? null,
          link,
          attachments,
          replyTo,
        },
        locale
      )
    )
  }
}

async function countAttachments(message: TicketMessage) {
  const [row] = await message.related('attachments').query().count('* as total')
  return Number(row.$extras.total)
}
