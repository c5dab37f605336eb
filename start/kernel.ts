/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
| Server middleware runs for every request (static files, Vite, Inertia);
| router middleware for every matched route. Session + shield are in the
| router stack because every route of the portal is a page or a form.
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/health_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/static_files_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/request_log_middleware'),
  () => import('#middleware/detect_locale_middleware'),
  () => import('#middleware/web_manifest_middleware'),
  () => import('#middleware/inertia_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/strip_nul_bytes_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  () => import('@adonisjs/shield/shield_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
  () => import('#middleware/session_limits_middleware'),
])

export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  staff: () => import('#middleware/staff_middleware'),
  customer: () => import('#middleware/customer_middleware'),
  devOnly: () => import('#middleware/dev_only_middleware'),
  uploads: () => import('#middleware/uploads_middleware'),
})
