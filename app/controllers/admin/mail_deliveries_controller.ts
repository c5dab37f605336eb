import type { HttpContext } from '@adonisjs/core/http'
import MailDelivery from '#models/mail_delivery'
import MailDeliveryQueries, { PER_PAGE } from '#queries/mail_delivery_queries'
import MailOutbox from '#services/mail_outbox'
import MailDeliveryTransformer from '#transformers/mail_delivery_transformer'
import { mailFilterValidator } from '#validators/admin/mail_filter'

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
    const rows = await MailDeliveryQueries.page(status, filters.recipient ?? '', page)

    return inertia.render('admin/mails/index', {
      filters: { status, recipient: filters.recipient ?? '' },
      counts,
      deliveries: MailDeliveryTransformer.transform(rows.slice(0, PER_PAGE)),
      pagination: { page, hasNext: rows.length > PER_PAGE },
    })
  }

  async retry(ctx: HttpContext) {
    const delivery = await MailDelivery.findOrFail(ctx.params.id)
    const done = await MailOutbox.retry(delivery, ctx.auth.user!)
    return this.#answer(ctx, delivery, done ? 'retried' : 'retry_refused', done)
  }

  async dismiss(ctx: HttpContext) {
    const delivery = await MailDelivery.findOrFail(ctx.params.id)
    const done = await MailOutbox.dismiss(delivery, ctx.auth.user!)
    return this.#answer(ctx, delivery, done ? 'dismissed' : 'dismiss_refused', done)
  }

  /** One staff action on one mail, answered with what happened (or why not) on the list. */
  #answer(ctx: HttpContext, delivery: MailDelivery, message: string, done: boolean) {
    ctx.session.flash(
      done ? 'success' : 'error',
      ctx.i18n.t(`admin.mails.${message}`, { recipient: delivery.recipient })
    )
    return ctx.response.redirect().back()
  }
}
