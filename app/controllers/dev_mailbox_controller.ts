import type { HttpContext } from '@adonisjs/core/http'
import Mailbox from '#services/mailbox'

/** Development only: read the mails the portal would have sent. */
export default class DevMailboxController {
  async index({ inertia }: HttpContext) {
    const mails = await Mailbox.list()
    return inertia.render('dev/mails', {
      mails: mails.map(({ id, to, subject, date, text, links }) => ({
        id,
        to,
        subject,
        date,
        text,
        links,
      })),
    })
  }

  async show({ params, response }: HttpContext) {
    const mail = await Mailbox.find(String(params.id))
    if (!mail) return response.notFound('No such mail')
    // The mail's own HTML, sandboxed: no scripts, nothing from this origin.
    response.header(
      'Content-Security-Policy',
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
    return response.type('text/html').send(mail.html)
  }
}
