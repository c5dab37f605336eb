/**
 * What the browser bundle keeps apart for the admin console, in one place.
 * A visitor or customer downloads no admin code, no admin route (name or
 * address) and no admin translation; the service worker does not precache
 * the admin console for them. Used by the route file generator
 * (scripts/routes/customer_routes_hook.ts), the translation catalogs
 * (scripts/i18n/client_translations.ts, a Vite plugin) and the service
 * worker build (scripts/pwa/build_service_worker.ts).
 */

/** An admin console route: its address starts with /admin or its name with "admin.". */
export function isAdminRoute(route: { name?: string; pattern: string }) {
  return (
    route.pattern === '/admin' ||
    route.pattern.startsWith('/admin/') ||
    Boolean(route.name?.startsWith('admin.'))
  )
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
 * A chunk of the Vite build made of admin code only (module ids as Rolldown
 * gives them: absolute paths, perhaps with a query, or virtual "\0" ids).
 * Bundler helpers (virtual ids other than the translations) don't count.
 */
export function isAdminChunk(moduleIds: readonly string[], root: string) {
  const sources = moduleIds
    .filter((id) => !id.startsWith('\0') || id.startsWith('\0virtual:portal-translations/'))
    .map((id) =>
      id
        .replace(/^\0/, '')
        .split('?')[0]
        .replace(`${root.replace(/\/$/, '')}/`, '')
    )
  return sources.length > 0 && sources.every(isAdminSource)
}

/**
 * The browser's translation catalogs (per locale):
 * - visitor: what the login steps, error pages and the layouts around them
 *   say (the "ui" and "pwa" namespaces, the 2FA code, recovery code and
 *   passkey login groups of "security");
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
const VISITOR_SECURITY_GROUPS = new Set(['common', 'recovery', 'codes', 'passkey_login'])

/** `key` is "<namespace>.<key in the file>", as the components use it ("ui.login.title"). */
export function translationCatalogOf(key: string): TranslationCatalog | null {
  const [namespace, group] = key.split('.')
  if (SERVER_NAMESPACES.has(namespace) || SERVER_GROUPS.has(group)) return null
  if (namespace === 'audit' || (group === 'audit' && namespace !== 'admin')) return 'customer'
  if (ADMIN_NAMESPACES.has(namespace) || group === 'admin') return 'admin'
  if (
    VISITOR_NAMESPACES.has(namespace) ||
    (namespace === 'security' && VISITOR_SECURITY_GROUPS.has(group))
  )
    return 'visitor'
  return 'customer'
}
