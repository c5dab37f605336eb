import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type { NavigationEntry, PortalPluginManifest, SettingDefinition } from '#plugin_kit/types'
import { validateManifests } from '#plugin_kit/validate_manifests'

export type NavigationItem = {
  label: string
  href: string
  active: boolean
  badge: number | null
  /** what the badge counts, in the user's language (null without a badge) */
  badgeLabel: string | null
}

export type WidgetPayload = {
  key: string
  plugin: string
  component: string
  props: Record<string, any>
}

/**
 * The enabled plugins, validated, in dependency order. Everything the core
 * shows on behalf of plugins (navigation, dashboard widgets, settings) is
 * asked for here.
 */
export default class PluginRegistry {
  #plugins: PortalPluginManifest[] = []

  load(entries: [string, PortalPluginManifest][], coreVersion: string) {
    validateManifests(entries, coreVersion)
    this.#plugins = entries.map(([, manifest]) => manifest)
  }

  get enabled(): readonly PortalPluginManifest[] {
    return this.#plugins
  }

  find(id: string) {
    return this.#plugins.find((plugin) => plugin.id === id)
  }

  /** The navigation of an area for this request, ordered, with badges. */
  async navigation(ctx: HttpContext, area: 'customer' | 'admin'): Promise<NavigationItem[]> {
    const ordered = await this.navigationWithOrder(ctx, area)
    return ordered.map(({ item }) => item)
  }

  /** The same, keeping each entry's order so the admin console can merge in its own sections. */
  async navigationWithOrder(ctx: HttpContext, area: 'customer' | 'admin') {
    const entries: NavigationEntry[] = this.#plugins.flatMap(
      (plugin) => plugin.navigation?.[area] ?? []
    )
    entries.sort((a, b) => (a.order ?? 100) - (b.order ?? 100))
    const currentPath = ctx.request.url()
    // All at once: their badges' counts then go to the database as one statement (countInBatch).
    const items = await Promise.all(
      entries.map(async (entry) => {
        if (entry.visible && !(await entry.visible(ctx))) return null
        const href = urlFor(entry.route)
        const badge = entry.badge ? await entry.badge(ctx) : null
        return {
          order: entry.order ?? 100,
          item: {
            label: ctx.i18n.t(entry.label),
            href,
            active: currentPath === href || currentPath.startsWith(`${href}/`),
            badge,
            badgeLabel: badge
              ? ctx.i18n.t(entry.badgeLabel ?? 'ui.nav.badge', { count: badge })
              : null,
          },
        }
      })
    )
    return items.filter((item) => item !== null)
  }

  /** Dashboard widgets with their data; a widget whose data is null is left out. */
  async widgets(ctx: HttpContext): Promise<WidgetPayload[]> {
    const all = this.#plugins.flatMap((plugin) =>
      (plugin.widgets ?? []).map((widget) => ({ plugin: plugin.id, widget }))
    )
    all.sort((a, b) => (a.widget.order ?? 100) - (b.widget.order ?? 100))
    // All at once, like the navigation: their counts share one statement (countInBatch).
    const loaded = await Promise.all(
      all.map(async ({ plugin, widget }) => {
        const props = await widget.data(ctx)
        if (props === null) return null
        return { key: `${plugin}.${widget.id}`, plugin, component: widget.component, props }
      })
    )
    return loaded.filter((payload) => payload !== null)
  }

  /** Full route patterns of every upload route the enabled plugins declare. */
  uploadPatterns(): string[] {
    const under = (prefix: string, patterns: string[] = []) =>
      patterns.map((pattern) => (pattern === '/' ? prefix : `${prefix}${pattern}`))
    return this.#plugins.flatMap((plugin) => [
      ...under(`/${plugin.id}`, plugin.uploads),
      ...under(`/admin/${plugin.id}`, plugin.adminUploads),
    ])
  }

  /** The definition of one setting, or undefined when the plugin has none by that name. */
  setting(pluginId: string, key: string): SettingDefinition | undefined {
    return this.find(pluginId)?.settings?.[key]
  }
}
