import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace portal:setting <email> <plugin>.<setting>=<value>
 * e.g. portal:setting anna@kunde.de tickets.visibility=own
 * Until the admin console exists, this is how staff set a customer's
 * per-plugin settings (declared in each plugin's manifest).
 */
export default class PortalSetting extends BaseCommand {
  static commandName = 'portal:setting'
  static description = "Set a user's plugin setting, e.g. tickets.visibility=own or invoices.visible=false"
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The user email address' })
  declare email: string

  @args.string({ description: '<plugin>.<setting>=<value>' })
  declare assignment: string

  async run() {
    const { default: User } = await import('#models/user')
    const { default: PluginRegistry } = await import('#core/plugin_registry')
    const { parseSettingValue } = await import('#core/plugin_settings')

    const match = this.assignment.match(/^([a-z][a-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)=(.*)$/)
    if (!match) return this.#fail('Write the setting as <plugin>.<setting>=<value>, e.g. tickets.visibility=own')
    const [, pluginId, key, raw] = match

    const registry = await this.app.container.make(PluginRegistry)
    const definition = registry.setting(pluginId, key)
    if (!definition) {
      const known = registry.enabled.flatMap((p) => Object.keys(p.settings ?? {}).map((k) => `${p.id}.${k}`))
      return this.#fail(`Unknown setting "${pluginId}.${key}". Known: ${known.join(', ') || 'none'}`)
    }
    const parsed = parseSettingValue(definition, raw)
    if ('error' in parsed) return this.#fail(`${pluginId}.${key} ${parsed.error}`)

    const user = await User.findByEmail(this.email)
    if (!user) return this.#fail(`No user with the email ${this.email}`)
    user.pluginSettings = { ...user.pluginSettings, [pluginId]: { ...user.pluginSettings?.[pluginId], [key]: parsed.value } }
    await user.save()
    this.logger.success(`${user.email}: ${pluginId}.${key} = ${String(parsed.value)}`)
  }

  #fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
