import { readFile } from 'node:fs/promises'
import type { ApplicationService } from '@adonisjs/core/types'
import PluginRegistry from '#core/plugin_registry'
import type { PluginProvider, PortalPluginManifest } from '#core/types'

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
      Object.entries(enabled).map(async ([key, load]) => [key, (await load()).default] as [string, PortalPluginManifest])
    )
    const pkg = JSON.parse(await readFile(this.app.makePath('package.json'), 'utf8'))
    const registry = await this.app.container.make(PluginRegistry)
    registry.load(entries, pkg.version)

    for (const plugin of registry.enabled) {
      if (!plugin.provider) continue
      const { default: Provider } = await plugin.provider()
      const provider = new Provider(this.app)
      provider.register?.()
      this.#providers.push(provider)
    }
    for (const provider of this.#providers) await provider.boot?.()
  }
}
