/*
| Admin console: a customer's security (2FA reset, trusted devices).
*/
import { middleware } from '#start/kernel'
import router from '@adonisjs/core/services/router'

router
  .group(() => {})
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
