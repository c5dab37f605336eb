import type { HttpContext } from '@adonisjs/core/http'
import MailDelivery from '#models/mail_delivery'
import MailOutbox from '#services/mail_outbox'
import MailDeliveryTransformer from '#transformers/mail_delivery_transformer'
import { mailFilterValidator } from '#validators/admin/mail_filter'

const PER_PAGE = 50

/** Which rows each filter shows: "waiting" includes the mails being sent right now. */
const STATUSES = { failed: ['failed'], queued: ['queued', 'sending'], sent: ['sent'], all: null } as const

/**
 * "E-Mails": every mail the portal handed off, newest first: the failed ones
 * (after their last try) to send again or dismiss, the ones still waiting
 * (with their attempts and last error), and the sent ones. Pages are counted
 * forward only: counting months of sent mail on every visit would grow with
 * the table.
 */
export default class MailDeliveriesController {
  async index({ inertia, request }: HttpContext) {
    const [, valid] = await mailFilterValidator.tryValidate(request.qs())
    const filters = valid ?? {}
    const counts = await MailOutbox.openCounts()
    const status = filters.status ?? (counts.failed > 0 ? 'failed' : 'all')
    const page = filters.page ?? 1

    const query = MailDelivery.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    const statuses = STATUSES[status]
    if (statuses) query.whereIn('status', [...statuses])
    if (filters.recipient) query.whereRaw('lower(recipient) like ?', [`${escapeLike(filters.recipient.toLowerCase())}%`])
    // One row more than a page tells whether there is a next one.
    const rows = await query.offset((page - 1) * PER_PAGE).limit(PER_PAGE + 1)

    return inertia.render('admin/mails/index', {
      filters: { status, recipient: filters.recipient ?? '' },
      counts,
      deliveries: MailDeliveryTransformer.transform(rows.slice(0, PER_PAGE)),
      pagination: { page, hasNext: rows.length > PER_PAGE },
    })
  }

  async retry(ctx: HttpContext) {
    const delivery = await MailDelivery.findOrFail(ctx.params.id)
    const queued = await MailOutbox.retry(delivery, ctx.auth.user!)
    ctx.session.flash(
      queued ? 'success' : 'error',
      ctx.i18n.t(queued ? 'admin.mails.retried' : 'admin.mails.retry_refused', { recipient: delivery.recipient })
    )
    return ctx.response.redirect().back()
  }

  async dismiss(ctx: HttpContext) {
    const delivery = await MailDelivery.findOrFail(ctx.params.id)
    const dismissed = await MailOutbox.dismiss(delivery, ctx.auth.user!)
    ctx.session.flash(
      dismissed ? 'success' : 'error',
      ctx.i18n.t(dismissed ? 'admin.mails.dismissed' : 'admin.mails.dismiss_refused', { recipient: delivery.recipient })
    )
    return ctx.response.redirect().back()
  }
}

/** The recipient search is a prefix match: % and _ typed by staff are meant literally. */
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
