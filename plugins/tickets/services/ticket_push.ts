import i18nManager from '@adonisjs/i18n/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { pushToUsers } from '#plugin_kit/push'
import type Ticket from '../models/ticket.js'

/**
 * "Neue Antwort zu Ticket T-1042" with the subject, on the devices of these
 * users that turned push on; a tap opens the ticket. Only the number and
 * the subject: a lock screen shows the notification to anyone near it, so
 * the reply's text stays in the portal.
 */
export function pushStaffReply(ticket: Ticket, userIds: number[]) {
  return pushToUsers(userIds, (locale) => ({
    title: i18nManager.locale(locale).t('tickets.mail.push_staff_reply', { number: ticket.number }),
    body: ticket.subject,
    url: urlFor('tickets.show', { id: ticket.id }),
  }))
}
