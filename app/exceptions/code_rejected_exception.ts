import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

export type CodeRejection =
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'passkey'; attemptsLeft: number }
  | { kind: 'replayed' }
  | { kind: 'account_locked'; retryInMinutes: number }

/**
 * A code that does not let the user in, with the message shown under the
 * code field. The page stays; nothing the user did is lost.
 */
export default class CodeRejectedException extends Exception {
  static status = 422
  static code = 'E_CODE_REJECTED'

  constructor(public rejection: CodeRejection) {
    super(`Code rejected: ${rejection.kind}`)
  }

  messageFor(ctx: HttpContext) {
    const r = this.rejection
    if (r.kind === 'wrong')
      return ctx.i18n.t('messages.code.wrong', { attemptsLeft: r.attemptsLeft })
    if (r.kind === 'passkey')
      return ctx.i18n.t('messages.code.passkey', { attemptsLeft: r.attemptsLeft })
    if (r.kind === 'replayed') return ctx.i18n.t('messages.code.replayed')
    return ctx.i18n.t('messages.code.account_locked', { minutes: r.retryInMinutes })
  }

  async handle(error: this, ctx: HttpContext) {
    // A passkey's refusal shows beside the passkey button, a code's under the field.
    const field = error.rejection.kind === 'passkey' ? 'passkey' : 'code'
    ctx.session.flash('inputErrorsBag', { [field]: error.messageFor(ctx) })
    // Back to the page of the form (setup or code), not to the Referer.
    return ctx.response.redirect().toPath(ctx.request.url())
  }
}
