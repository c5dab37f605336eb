/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
| Referenced by name everywhere (urlFor, <Link route>, tests). The login
| steps are for guests; everything else sits behind `auth`.
*/
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import PluginRegistry from '#core/plugin_registry'

router.get('/', [controllers.Home, 'index']).as('home')

router
  .group(() => {
    router.get('/login', [controllers.Login, 'show']).as('login.show')
    router.post('/login', [controllers.Login, 'store']).as('login.request')
    router.get('/login/link/:token', [controllers.MagicLink, 'show']).as('login.link.show')
    router.post('/login/link', [controllers.MagicLink, 'store']).as('login.link.confirm')
    router.get('/login/setup', [controllers.TotpSetup, 'show']).as('login.setup.show')
    router.post('/login/setup', [controllers.TotpSetup, 'store']).as('login.setup.store')
    router.get('/login/code', [controllers.TotpCode, 'show']).as('login.code.show')
    router.post('/login/code', [controllers.TotpCode, 'store']).as('login.code.store')
  })
  .use(middleware.guest())

router
  .group(() => {
    router.get('/dashboard', [controllers.Dashboard, 'show']).as('dashboard')
    router.post('/logout', [controllers.Logout, 'store']).as('logout')
  })
  .use(middleware.auth())

router
  .group(() => {
    router.get('/dev/mails', [controllers.DevMailbox, 'index']).as('dev.mails.index')
    router.get('/dev/mails/:id', [controllers.DevMailbox, 'show']).as('dev.mails.show')
  })
  .use(middleware.devOnly())

/*
|--------------------------------------------------------------------------
| Plugin routes
|--------------------------------------------------------------------------
| Mounted by the core, never by the plugin: customer routes under /<id>
| behind login + customer-with-organization, admin routes under /admin/<id>
| behind login + staff. Names are prefixed with the plugin id.
*/
const plugins = await app.container.make(PluginRegistry)
for (const plugin of plugins.enabled) {
  if (plugin.routes?.customer) {
    const { default: defineRoutes } = await plugin.routes.customer()
    router
      .group(() => defineRoutes(router))
      .prefix(`/${plugin.id}`)
      .as(plugin.id)
      .use([middleware.auth(), middleware.customer()])
  }
  if (plugin.routes?.admin) {
    const { default: defineRoutes } = await plugin.routes.admin()
    router
      .group(() => defineRoutes(router))
      .prefix(`/admin/${plugin.id}`)
      .as(`admin.${plugin.id}`)
      .use([middleware.auth(), middleware.staff()])
  }
}
