import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import PasskeyMail from '#mails/passkey_mail'
import { recordAudit } from '#services/audit_log'
import DeviceTrust from '#services/login/device_trust'
import PasskeyRegistration from '#services/passkeys/passkey_registration'

/**
 * The logged-in person adds a passkey: the browser's answer is checked, the
 * passkey is stored under the name they gave (or the browser's), audited,
 * and they get a mail about it. Returns the passkey or why it was refused.
 */
export default class AddPasskey {
  static async handle(ctx: HttpContext, user: User, answer: string, name?: string) {
    const label = name || DeviceTrust.labelOf(ctx.request.header('user-agent'))
    const result = await PasskeyRegistration.verify(ctx.session, user, answer, label)
    if (typeof result === 'string') return result

    await recordAudit('security.passkey_added', {
      user,
      request: ctx.request,
      meta: { label: result.name },
    })
    await mail.sendLater(new PasskeyMail(user, 'added', result.name, ctx.i18n.locale))
    return result
  }
}
