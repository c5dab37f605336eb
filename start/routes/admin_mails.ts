/*
| Admin console: the mail outbox (all staff). Failed mails can be sent again.
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/mails', [controllers.admin.MailDeliveries, 'index']).as('mails.index')
    router.post('/mails/:id/retry', [controllers.admin.MailDeliveries, 'retry']).as('mails.retry')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
