import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import edge from 'edge.js'
import type { ApplicationService } from '@adonisjs/core/types'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { pluginPath } from '#plugin_kit/plugin_folders'
import type { PluginProvider, PortalPluginManifest } from '#plugin_kit/types'

/**
 * Loads the plugins listed in config/plugins.ts, validates them (the portal
 * does not start with an invalid one) and runs their own provider hooks.
 * The core never imports a plugin by name: it only knows this list.
 */
export default class PluginsProvider {
  #providers: PluginProvider[] = []

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(PluginRegistry, () => new PluginRegistry())
  }

  async boot() {
    const { default: enabled } = await import('#config/plugins')
    const entries = await Promise.all(
      Object.entries(enabled).map(async ([key, load]) => {
        const module = await load()
        return [key, module.default] as [string, PortalPluginManifest]
      })
    )
    const pkg = JSON.parse(await readFile(this.app.makePath('package.json'), 'utf8'))
    const registry = await this.app.container.make(PluginRegistry)
    registry.load(entries, pkg.version)
    this.#mountViews(registry)

    for (const plugin of registry.enabled) {
      if (!plugin.provider) continue
      const { default: Provider } = await plugin.provider()
      const provider = new Provider(this.app)
      provider.register?.()
      this.#providers.push(provider)
    }
    for (const provider of this.#providers) await provider.boot?.()
  }

  /**
   * A plugin's edge views (its mails) are found as "<id>::<path>", like its
   * translations are found by the i18n loaders: mounted by the core, so a
   * plugin needs no provider for them.
   */
  #mountViews(registry: PluginRegistry) {
    for (const plugin of registry.enabled) {
      const views = pluginPath(plugin.id, 'resources', 'views')
      if (existsSync(views)) edge.mount(plugin.id, views)
    }
  }
}
