import type { HttpContext } from '@adonisjs/core/http'
import MailDelivery from '#models/mail_delivery'
import MailOutbox from '#services/mail_outbox'
import MailDeliveryTransformer from '#transformers/mail_delivery_transformer'
import { mailFilterValidator } from '#validators/admin/mail_filter'

const PER_PAGE = 50

/**
 * "E-Mails": every mail the portal handed off, newest first: the failed ones
 * (after their last try) with a button to send them again, the ones still
 * waiting (with their attempts and last error), and the sent ones.
 */
export default class MailDeliveriesController {
  async index({ inertia, request }: HttpContext) {
    const [, valid] = await mailFilterValidator.tryValidate(request.qs())
    const filters = valid ?? {}
    const counts = await MailOutbox.openCounts()
    const status = filters.status ?? (counts.failed > 0 ? 'failed' : 'all')

    const query = MailDelivery.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (status !== 'all') query.where('status', status)
    if (filters.recipient) query.whereRaw('lower(recipient) like ?', [`${escapeLike(filters.recipient.toLowerCase())}%`])
    const page = await query.paginate(filters.page ?? 1, PER_PAGE)

    return inertia.render('admin/mails/index', {
      filters: { status, recipient: filters.recipient ?? '' },
      counts,
      deliveries: MailDeliveryTransformer.transform(page.all()),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
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
}

/** The recipient search is a prefix match: % and _ typed by staff are meant literally. */
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
