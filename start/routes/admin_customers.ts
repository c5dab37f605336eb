/*
| Admin console: organizations, their customers, the allowlist.
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/organizations', [controllers.admin.Organizations, 'index']).as('organizations.index')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
