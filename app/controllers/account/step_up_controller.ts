import type { HttpContext } from '@adonisjs/core/http'
import StepUp from '#services/step_up'
import { codeValidator } from '#validators/login'

/**
 * The code from the app typed again on the account page, before a login
 * older than 15 minutes may add a passkey or make new recovery codes.
 */
export default class StepUpController {
  async store(ctx: HttpContext) {
    const { request, response, session, i18n, auth } = ctx
    const { code } = await request.validateUsing(codeValidator)
    const result = await StepUp.confirm(ctx, auth.user!, code)
    if (result !== 'ok')
      session.flash('inputErrorsBag', { code: i18n.t(`security.step_up.${result}`) })
    return response.redirect().back()
  }
}
