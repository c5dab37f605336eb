import type { DefineComponent } from 'vue'

/**
 * The admin console's pages: inertia/pages/admin and every plugin's
 * inertia/pages/admin. inertia/pages_resolver.ts loads this module only for
 * an admin page, so the list of them (and their chunks' names) stays out of
 * what a visitor or customer downloads.
 */
const corePages = import.meta.glob<DefineComponent>('../pages/admin/**/*.vue')
const pluginPages = import.meta.glob<DefineComponent>(
  '../../plugins/*/inertia/pages/admin/**/*.vue'
)

/** "admin/<page>" or "<plugin id>/admin/<page>": the page's loader, as import.meta.glob gives it. */
export function adminPage(name: string) {
  const [pluginId, ...rest] = name.split('/')
  return (
    pluginPages[`../../plugins/${pluginId}/inertia/pages/${rest.join('/')}.vue`] ??
    corePages[`../pages/${name}.vue`]
  )
}
