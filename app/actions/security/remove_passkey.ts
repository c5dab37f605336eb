import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import Passkey from '#models/passkey'
import type User from '#models/user'
import PasskeyMail from '#mails/passkey_mail'
import { recordAudit } from '#services/audit_log'

/**
 * The person removes one of their own passkeys (someone else's is a 404).
 * The code from the app keeps working; the removal is audited and mailed.
 */
export default class RemovePasskey {
  static async handle(ctx: HttpContext, user: User, passkeyId: number) {
    const passkey = await Passkey.query().where('user_id', user.id).where('id', passkeyId).first()
    if (!passkey) throw new Exception('Not found', { status: 404, code: 'E_NOT_FOUND' })

    await passkey.delete()
    await recordAudit('security.passkey_removed', {
      user,
      request: ctx.request,
      meta: { label: passkey.name },
    })
    await mail.sendLater(new PasskeyMail(user, 'removed', passkey.name, ctx.i18n.locale))
    return passkey.name
  }
}
