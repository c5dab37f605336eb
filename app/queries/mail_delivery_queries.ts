import MailDelivery from '#models/mail_delivery'
import type { MAIL_STATUS_FILTERS } from '#validators/admin/mail_filter'

export const PER_PAGE = 50

/** Which rows each filter shows: "waiting" includes the mails being sent right now. */
const STATUSES = {
  failed: ['failed'],
  queued: ['queued', 'sending'],
  sent: ['sent'],
  all: null,
} as const

/** The mails the portal handed off, as the console's "E-Mails" page lists them. */
export default class MailDeliveryQueries {
  /**
   * A page of mails, newest first, by status and the start of the recipient's
   * address. One row more than a page tells whether there is a next one.
   */
  static page(status: (typeof MAIL_STATUS_FILTERS)[number], recipient: string, page: number) {
    const query = MailDelivery.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    const statuses = STATUSES[status]
    if (statuses) query.whereIn('status', [...statuses])
    if (recipient)
      query.whereRaw('lower(recipient) like ?', [`${escapeLike(recipient.toLowerCase())}%`])
    return query.offset((page - 1) * PER_PAGE).limit(PER_PAGE + 1)
  }
}

/** The recipient search is a prefix match: % and _ typed by staff are meant literally. */
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
