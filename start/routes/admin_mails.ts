/*
| Admin console: the mail outbox (all staff). Failed mails can be sent again or dismissed.
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/mails', [controllers.admin.MailDeliveries, 'index']).as('mails.index')
    router.post('/mails/:id/retry', [controllers.admin.MailDeliveries, 'retry']).as('mails.retry')
    router
      .post('/mails/:id/dismiss', [controllers.admin.MailDeliveries, 'dismiss'])
      .as('mails.dismiss')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])
