/*
| The logged-in user's own account: devices, recovery codes, security events.
*/
import { middleware } from '#start/kernel'
import router from '@adonisjs/core/services/router'

router
  .group(() => {})
  .prefix('/account')
  .as('account')
  .use([middleware.auth()])
