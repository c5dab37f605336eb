import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace portal:setting <email> <plugin>.<setting>=<value>
 * Sets a person's per-plugin setting (declared in the plugin's manifest)
 * from a shell, as staff do on the customer's page in the admin console.
 */
export default class PortalSetting extends BaseCommand {
  static commandName = 'portal:setting'
  static description =
    "Set a user's plugin setting (<plugin>.<setting>=<value>; the enabled plugins' settings are listed when one is unknown)"
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The user email address' })
  declare email: string

  @args.string({ description: '<plugin>.<setting>=<value>' })
  declare assignment: string

  async run() {
    const { default: User } = await import('#models/user')
    const { default: PluginRegistry } = await import('#plugin_kit/plugin_registry')
    const { parseSettingValue } = await import('#plugin_kit/plugin_settings')

    const registry = await this.app.container.make(PluginRegistry)
    const match = this.assignment.match(/^([a-z][a-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)=(.*)$/)
    if (!match)
      return this.#fail(`Write the setting as <plugin>.<setting>=<value>${this.#example(registry)}`)
    const [, pluginId, key, raw] = match

    const definition = registry.setting(pluginId, key)
    if (!definition) {
      const known = registry.enabled.flatMap((p) =>
        Object.keys(p.settings ?? {}).map((k) => `${p.id}.${k}`)
      )
      return this.#fail(
        `Unknown setting "${pluginId}.${key}". Known: ${known.join(', ') || 'none'}`
      )
    }
    const parsed = parseSettingValue(definition, raw)
    if ('error' in parsed) return this.#fail(`${pluginId}.${key} ${parsed.error}`)

    const user = await User.findByEmail(this.email)
    if (!user) return this.#fail(`No user with the email ${this.email}`)
    user.pluginSettings = {
      ...user.pluginSettings,
      [pluginId]: { ...user.pluginSettings?.[pluginId], [key]: parsed.value },
    }
    await user.save()
    this.logger.success(`${user.email}: ${pluginId}.${key} = ${String(parsed.value)}`)
  }

  /** ", e.g. notes.visible=false" from the first setting an enabled plugin declares (none: nothing). */
  #example(registry: InstanceType<typeof import('#plugin_kit/plugin_registry').default>) {
    for (const plugin of registry.enabled) {
      for (const [key, definition] of Object.entries(plugin.settings ?? {})) {
        const value = definition.type === 'enum' ? definition.values.at(-1) : !definition.default
        return `, e.g. ${plugin.id}.${key}=${String(value)}`
      }
    }
    return ''
  }

  #fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
