import type { HttpContext } from '@adonisjs/core/http'
import MailDelivery from '#models/mail_delivery'
import MailOutbox from '#services/mail_outbox'
import MailDeliveryTransformer from '#transformers/mail_delivery_transformer'
import { mailFilterValidator } from '#validators/admin/mail_filter'

const PER_PAGE = 50

/** Which rows each filter shows: "waiting" includes the mails being sent right now. */
const STATUSES = {
  failed: ['failed'],
  queued: ['queued', 'sending'],
  sent: ['sent'],
  all: null,
} as const

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
    if (filters.recipient)
      query.whereRaw('lower(recipient) like ?', [`${escapeLike(filters.recipient.toLowerCase())}%`])
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
    return this.#act(
      ctx,
      (delivery) => MailOutbox.retry(delivery, ctx.auth.user!),
      'retried',
      'retry_refused'
    )
  }

  async dismiss(ctx: HttpContext) {
    return this.#act(
      ctx,
      (delivery) => MailOutbox.dismiss(delivery, ctx.auth.user!),
      'dismissed',
      'dismiss_refused'
    )
  }

  /** One staff action on one mail, answered with what happened (or why not) on the list. */
  async #act(
    ctx: HttpContext,
    action: (delivery: MailDelivery) => Promise<boolean>,
    done: string,
    refused: string
  ) {
    const delivery = await MailDelivery.findOrFail(ctx.params.id)
    const ok = await action(delivery)
    ctx.session.flash(
      ok ? 'success' : 'error',
      ctx.i18n.t(`admin.mails.${ok ? done : refused}`, { recipient: delivery.recipient })
    )
    return ctx.response.redirect().back()
  }
}

/** The recipient search is a prefix match: % and _ typed by staff are meant literally. */
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
