/*
| The logged-in user's own account: devices, passkeys, recovery codes, security events.
| Customers and staff alike; every query is about the logged-in user only.
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/', [controllers.account.Account, 'show']).as('show')
    router.delete('/devices', [controllers.account.Devices, 'destroyAll']).as('devices.destroy_all')
    router.delete('/devices/:id', [controllers.account.Devices, 'destroy']).as('devices.destroy')
    router
      .get('/recovery-codes', [controllers.account.RecoveryCodes, 'show'])
      .as('recovery_codes.show')
    router
      .post('/recovery-codes', [controllers.account.RecoveryCodes, 'store'])
      .as('recovery_codes.store')
    router.get('/passkeys/new', [controllers.account.Passkeys, 'create']).as('passkeys.create')
    router
      .get('/passkeys/options', [controllers.account.Passkeys, 'options'])
      .as('passkeys.options')
    router.post('/passkeys', [controllers.account.Passkeys, 'store']).as('passkeys.store')
    router.post('/confirm', [controllers.account.StepUp, 'store']).as('step_up')
    router.delete('/passkeys/:id', [controllers.account.Passkeys, 'destroy']).as('passkeys.destroy')
  })
  .prefix('/account')
  .as('account')
  .use([middleware.auth()])
