import type { DefineComponent } from 'vue'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AuthLayout from '~/layouts/auth.vue'

/**
 * Page names are "<folder>/<page>": core pages live in inertia/pages, a
 * plugin's pages in plugins/<id>/inertia/pages and are named "<id>/<page>".
 * Both are found at build time; there is one Vue app for all of them.
 */
const corePages = import.meta.glob<DefineComponent>('./pages/**/*.vue')
const pluginPages = import.meta.glob<DefineComponent>('../plugins/*/inertia/pages/**/*.vue')

export function resolvePage(name: string) {
  const [pluginId, ...rest] = name.split('/')
  const pluginPath = `../plugins/${pluginId}/inertia/pages/${rest.join('/')}.vue`
  if (rest.length && pluginPath in pluginPages) {
    return resolvePageComponent(pluginPath, pluginPages, AuthLayout)
  }
  return resolvePageComponent(`./pages/${name}.vue`, corePages, AuthLayout)
}

/** Dashboard widgets: plugins/<id>/inertia/widgets/<component>.vue */
export const widgetComponents = import.meta.glob<DefineComponent>('../plugins/*/inertia/widgets/*.vue')
