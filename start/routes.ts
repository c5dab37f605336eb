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
import PluginRegistry from '#plugin_kit/plugin_registry'
import PluginManifestException from '#plugin_kit/plugin_manifest_exception'

/**
 * Record ids are PostgreSQL integers (at most 2147483647): a longer or
 * non-numeric id matches no route, so it is a 404 and never a database error.
 * Global, so plugin routes get the same rule.
 */
const recordId = { match: /^\d{1,9}$/ }
for (const param of ['id', 'attachmentId', 'deviceId']) router.where(param, recordId)

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
    router
      .get('/login/passkey/options', [controllers.PasskeyLogin, 'options'])
      .as('login.passkey.options')
  })
  .use(middleware.guest())

router
  .group(() => {
    router.get('/dashboard', [controllers.Dashboard, 'show']).as('dashboard')
    router.post('/logout', [controllers.Logout, 'store']).as('logout')
  })
  .use(middleware.auth())

/*
| The admin console's core sections (staff only; `staff({ role: 'admin' })`
| for staff management). Each area keeps its routes in its own file.
*/
router
  .group(() => {
    router.get('/', [controllers.admin.Dashboard, 'show']).as('dashboard')
  })
  .prefix('/admin')
  .as('admin')
  .use([middleware.auth(), middleware.staff()])

await import('#start/routes/admin_customers')
await import('#start/routes/admin_security')
await import('#start/routes/admin_audit')
await import('#start/routes/admin_mails')
await import('#start/routes/account')
await import('#start/routes/pwa')
await import('#start/routes/push')
await import('#start/routes/branding')

router
  .group(() => {
    router.get('/dev/mails', [controllers.DevMailbox, 'index']).as('dev.mails.index')
    // Caught mails have text ids: this route's own matcher replaces the global numeric one.
    router
      .get('/dev/mails/:id', [controllers.DevMailbox, 'show'])
      .where('id', /^[\w-]{1,64}$/)
      .as('dev.mails.show')
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
/**
 * What a plugin's routes file gets instead of the router: route methods that
 * work only while the core mounts the file inside its protected group. A
 * route added later (after an await, from a timer) would escape the prefix
 * and the middleware, so it stops the portal instead.
 */
function pluginRouter(pluginId: string) {
  let open = true
  const routes = new Proxy(router, {
    get(target, property, receiver) {
      if (!ROUTE_METHODS.has(property)) {
        throw new PluginManifestException(
          pluginId,
          `its routes file may only declare routes (${[...ROUTE_METHODS].join(', ')})`
        )
      }
      const method = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown
      return (...args: unknown[]) => {
        if (!open)
          throw new PluginManifestException(
            pluginId,
            'its routes file adds routes after the core mounted it'
          )
        return method.apply(target, args)
      }
    },
  })
  return { routes, close: () => (open = false) }
}

/** What a plugin's routes file may call on the router it gets. */
const ROUTE_METHODS = new Set<string | symbol>([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'any',
  'on',
  'group',
  'resource',
])

const plugins = await app.container.make(PluginRegistry)
for (const plugin of plugins.enabled) {
  if (plugin.routes?.customer) {
    const { default: defineRoutes } = await plugin.routes.customer()
    const guarded = pluginRouter(plugin.id)
    router
      .group(() => defineRoutes(guarded.routes))
      .prefix(`/${plugin.id}`)
      .as(plugin.id)
      .use([middleware.auth(), middleware.customer(), middleware.uploads()])
    guarded.close()
  }
  if (plugin.routes?.admin) {
    const { default: defineRoutes } = await plugin.routes.admin()
    const guarded = pluginRouter(plugin.id)
    router
      .group(() => defineRoutes(guarded.routes))
      .prefix(`/admin/${plugin.id}`)
      .as(`admin.${plugin.id}`)
      .use([middleware.auth(), middleware.staff(), middleware.uploads()])
    guarded.close()
  }
}

/*
|--------------------------------------------------------------------------
| Everything else
|--------------------------------------------------------------------------
| Last: a page address (GET) no route above serves still passes the router's
| middleware (session, login, security), so its 404 page knows the visitor
| — their language, the app's layout when logged in — like any other page.
*/
router.get('*', [controllers.NotFound, 'show']).as('not_found')
