import router from '@adonisjs/core/services/router'
import type { Page } from 'playwright'
import type PageSweep from '#tests/helpers/page_sweep'

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

/** A page's name in the report and the screenshots: "plugin-<area>-<path>". */
function pageName(path: string, suffix = '') {
  return `plugin${path.replace(/\/\d+/g, '/id').replace(/[^a-z0-9]+/gi, '-')}${suffix}`
}

/** Visits a path if it answers with a page (not a download or a redirect elsewhere). */
async function sweepIfPage(sweep: PageSweep, page: Page, path: string, name: string) {
  const response = await page.request.get(path, { maxRedirects: 0 })
  if (response.status() !== 200 || !response.headers()['content-type']?.startsWith('text/html'))
    return false
  await sweep.visit(page, path, name)
  return true
}

/** The list pages, then the first link on them to each detail page. */
export async function sweepArea(sweep: PageSweep, page: Page, pages: PluginPage[], suffix: string) {
  const visited: string[] = []
  for (const list of pages.filter((entry) => !entry.withId)) {
    if (!(await sweepIfPage(sweep, page, list.pattern, pageName(list.pattern, suffix)))) continue
    visited.push(list.pattern)
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as unknown as { href: string }).href).pathname)
      )
    for (const detail of pages.filter((entry) => entry.withId && entry.plugin === list.plugin)) {
      const path = links.find((link) => matchesPattern(link, detail.pattern))
      if (
        path &&
        !visited.includes(detail.pattern) &&
        (await sweepIfPage(sweep, page, path, pageName(path, suffix)))
      ) {
        visited.push(detail.pattern)
      }
    }
  }
  return visited
}
