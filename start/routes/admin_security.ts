/*
| Admin console: one person's security (2FA state and reset, trusted
| devices). Agents may act on customers, admins on anyone
| (app/controllers/admin/user_security_controller.ts checks the person).
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/users/:id/security', [controllers.admin.UserSecurity, 'show']).as('users.security')
    router
      .delete('/users/:id/devices', [controllers.admin.UserSecurity, 'destroyAllDevices'])
      .as('users.devices.destroy_all')
    router
      .delete('/users/:id/devices/:deviceId', [controllers.admin.UserSecurity, 'destroyDevice'])
      .as('users.devices.destroy')
    router
      .post('/users/:id/two-factor/reset', [controllers.admin.UserSecurity, 'resetTwoFactor'])
      .as('users.two_factor.reset')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
