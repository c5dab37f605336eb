/*
| Admin console: the audit log (all staff), and staff management (admins only).
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/audit', [controllers.admin.Audit, 'index']).as('audit.index')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])

router
  .group(() => {
    router.get('/staff', [controllers.admin.Staff, 'index']).as('staff.index')
    router.post('/staff', [controllers.admin.Staff, 'store']).as('staff.store')
    router.put('/staff/:id/role', [controllers.admin.Staff, 'updateRole']).as('staff.role')
    router.put('/staff/:id/status', [controllers.admin.Staff, 'updateStatus']).as('staff.status')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff({ role: 'admin' })])
