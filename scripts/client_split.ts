/**
 * What the browser bundle keeps apart for the admin console, in one place.
 * A visitor or customer downloads no admin code, no admin route (name or
 * address) and no admin translation. Used by the route file generator
 * (scripts/routes/customer_routes_hook.ts) and the translation catalogs
 * (scripts/i18n/client_translations.ts, a Vite plugin).
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

/**
 * The browser's translation catalogs (per locale):
 * - visitor: what the login steps, error pages and the layouts around them
 *   say (the "ui" and "pwa" namespaces, the 2FA code and recovery code
 *   groups of "security");
 * - customer: the logged-in pages (account, the plugins' pages, the rest of
 *   "security") and the names of audit events (a customer's account page
 *   lists their own);
 * - admin: the admin console ("admin", "customers" and every "<ns>.admin.*").
 * `null`: only the server uses the message (mails, validation messages,
 * flash messages, the namespaces "mail", "messages", "validator", "errors").
 */
export type TranslationCatalog = 'visitor' | 'customer' | 'admin'

const SERVER_NAMESPACES = new Set(['mail', 'messages', 'validator', 'errors'])
const SERVER_GROUPS = new Set(['mail', 'validation', 'flash'])
const ADMIN_NAMESPACES = new Set(['admin', 'customers'])
const VISITOR_NAMESPACES = new Set(['ui', 'pwa'])
const VISITOR_SECURITY_GROUPS = new Set(['common', 'recovery', 'codes'])

/** `key` is "<namespace>.<key in the file>", as the components use it ("ui.login.title"). */
export function translationCatalogOf(key: string): TranslationCatalog | null {
  const [namespace, group] = key.split('.')
  if (SERVER_NAMESPACES.has(namespace) || SERVER_GROUPS.has(group)) return null
  if (namespace === 'audit' || (group === 'audit' && namespace !== 'admin')) return 'customer'
  if (ADMIN_NAMESPACES.has(namespace) || group === 'admin') return 'admin'
  if (VISITOR_NAMESPACES.has(namespace) || (namespace === 'security' && VISITOR_SECURITY_GROUPS.has(group))) return 'visitor'
  return 'customer'
}
