import type { DefineComponent } from 'vue'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AuthLayout from '~/layouts/auth.vue'
import { loadAdminLayout } from '~/layouts/admin_layout'
import { loadTranslations } from '~/i18n'

/**
 * Page names are "<folder>/<page>": core pages live in inertia/pages, a
 * plugin's pages in plugins/<id>/inertia/pages and are named "<id>/<page>".
 * Both are found at build time; there is one Vue app for all of them. The
 * admin console's pages ("admin/…", "<id>/admin/…") are listed apart, in
 * inertia/admin/pages.ts, loaded only when one is shown.
 */
const corePages = import.meta.glob<DefineComponent>(['./pages/**/*.vue', '!./pages/admin/**'])
const pluginPages = import.meta.glob<DefineComponent>([
  '../plugins/*/inertia/pages/**/*.vue',
  '!../plugins/*/inertia/pages/admin/**',
])

export function isAdminPage(name: string) {
  const [first, second] = name.split('/')
  return first === 'admin' || second === 'admin'
}

async function pageModule(name: string) {
  if (isAdminPage(name)) {
    const { adminPage } = await import('~/admin/pages')
    return resolvePageComponent(name, { [name]: adminPage(name) }, AuthLayout)
  }
  const [pluginId, ...rest] = name.split('/')
  const pluginPath = `../plugins/${pluginId}/inertia/pages/${rest.join('/')}.vue`
  if (rest.length && pluginPath in pluginPages) {
    return resolvePageComponent(pluginPath, pluginPages, AuthLayout)
  }
  return resolvePageComponent(`./pages/${name}.vue`, corePages, AuthLayout)
}

/**
 * The page's component, once what it shows is there: the translations for
 * the page's locale (the visitor catalog; the customer one for anyone logged
 * in; the admin one for staff) and, for staff, the admin console's layout.
 */
export async function resolvePage(name: string, page?: { props: Record<string, unknown> }) {
  const props = (page?.props ?? {}) as { locale?: string; user?: { role?: string } | null }
  const staff = props.user?.role === 'staff' || isAdminPage(name)
  const [module] = await Promise.all([
    pageModule(name),
    loadTranslations(props.locale ?? 'de', [
      'visitor',
      ...(props.user ? (['customer'] as const) : []),
      ...(staff ? (['admin'] as const) : []),
    ]),
    staff ? loadAdminLayout() : undefined,
  ])
  return module
}

/** Dashboard widgets: plugins/<id>/inertia/widgets/<component>.vue */
export const widgetComponents = import.meta.glob<DefineComponent>(
  '../plugins/*/inertia/widgets/*.vue'
)
