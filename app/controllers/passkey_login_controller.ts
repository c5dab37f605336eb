import type { HttpContext } from '@adonisjs/core/http'
import { loadPendingLogin } from '#services/login/pending_login'
import PasskeyAuthentication from '#services/passkeys/passkey_authentication'
import PasskeyList from '#services/passkeys/passkey_list'

/**
 * Step 3 with a passkey: the options the browser's passkey dialog needs,
 * fetched when the person presses "Mit Passkey bestätigen". The answer goes
 * to the code step's form (TotpCodeController), under the same limits.
 */
export default class PasskeyLoginController {
  async options(ctx: HttpContext) {
    const attempt = await loadPendingLogin(ctx)
    // Removed meanwhile: an empty list would let the browser offer any passkey it has for this site.
    if (!(await PasskeyList.has(attempt.user.id))) return ctx.response.conflict({ error: 'none' })
    const options = await PasskeyAuthentication.options(ctx.session, attempt.user)
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.response.json(options)
  }
}
