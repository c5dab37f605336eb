/*
| Push notifications on the logged-in user's devices (docs/push.md). JSON
| routes for the account page's switch; CSRF like every form (the
| X-XSRF-TOKEN header from shield's XSRF-TOKEN cookie).
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import router from '@adonisjs/core/services/router'

router
  .group(() => {
    router.get('/', [controllers.push.PushSubscriptions, 'show']).as('show')
    router.post('/subscription', [controllers.push.PushSubscriptions, 'store']).as('subscribe')
    router
      .delete('/subscription', [controllers.push.PushSubscriptions, 'destroy'])
      .as('unsubscribe')
  })
  .prefix('/push')
  .as('push')
  .use([middleware.auth()])
