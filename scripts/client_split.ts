/**
 * What the browser bundle keeps apart for the admin console, in one place.
 * A visitor or customer downloads no admin code and no admin route (name or
 * address). Used by the route file generator
 * (scripts/routes/customer_routes_hook.ts).
 */

/** An admin console route: its address starts with /admin or its name with "admin.". */
export function isAdminRoute(route: { name?: string; pattern: string }) {
  return route.pattern === '/admin' || route.pattern.startsWith('/admin/') || Boolean(route.name?.startsWith('admin.'))
}

/**
 * Admin code lives in a folder named admin (inertia/pages/admin,
 * inertia/components/admin, inertia/admin, plugins/<id>/inertia/pages/admin,
 * plugins/<id>/inertia/components/admin) or in a file named admin
 * (inertia/layouts/admin.vue).
 */
export function isAdminSource(path: string) {
  return /(^|\/)admin(\/|\.[a-z]+$)/.test(path)
}
