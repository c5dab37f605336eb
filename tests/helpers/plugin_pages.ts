import router from '@adonisjs/core/services/router'

/** A page of a plugin: its route pattern, and whether it takes an `:id`. */
export type PluginPage = {
  plugin: string
  area: 'customer' | 'admin'
  pattern: string
  withId: boolean
}

/**
 * Every GET page of the enabled plugins, read from the route table the core
 * mounted from their manifests (customer routes under /<id>, admin routes
 * under /admin/<id>): what the page sweep visits, without naming a plugin.
 * Patterns with another parameter than `:id`, and file routes (an extension
 * in the pattern), are left out; what a route answers is checked when it is
 * visited (a download is not a page).
 */
export function pluginPages(pluginIds: readonly string[]): PluginPage[] {
  const routes = Object.values(router.toJSON()).flat()
  return pluginIds.flatMap((plugin) =>
    routes
      .filter((route) => route.methods.includes('GET'))
      .flatMap((route): PluginPage[] => {
        const area = route.pattern.startsWith(`/admin/${plugin}`)
          ? 'admin'
          : route.pattern.startsWith(`/${plugin}`)
            ? 'customer'
            : null
        const prefix = area === 'admin' ? `/admin/${plugin}` : `/${plugin}`
        if (!area || (route.pattern !== prefix && !route.pattern.startsWith(`${prefix}/`)))
          return []
        const params = route.pattern.match(/:\w+\??|\*/g) ?? []
        if (params.some((param) => param !== ':id') || /\.\w+$/.test(route.pattern)) return []
        return [{ plugin, area, pattern: route.pattern, withId: params.length > 0 }]
      })
  )
}

/** Whether a link's path is a page of this pattern (":id" standing for a number). */
export function matchesPattern(path: string, pattern: string) {
  return new RegExp(
    `^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(':id', '\\d+')}$`
  ).test(path)
}
