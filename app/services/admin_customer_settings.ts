import app from '@adonisjs/core/services/app'
import PluginRegistry from '#plugin_kit/plugin_registry'
import { pluginSetting } from '#plugin_kit/plugin_settings'
import type User from '#models/user'

type SettingValue = string | boolean

/** One setting of one enabled plugin, as the settings form shows it (labels are translation keys). */
export type SettingField = {
  plugin: string
  pluginName: string
  key: string
  label: string
  type: 'enum' | 'boolean'
  values: string[]
  default: SettingValue
  value: SettingValue
}

export type SettingChange = { setting: string; from: SettingValue; to: SettingValue }

/**
 * A customer's per-plugin settings for the admin console: whatever the
 * enabled plugins declare in their manifests, so a new plugin's settings
 * appear without touching the core.
 */
export default class AdminCustomerSettings {
  static async fields(user: Pick<User, 'pluginSettings'>): Promise<SettingField[]> {
    const registry = await app.container.make(PluginRegistry)
    const fields: SettingField[] = []
    for (const plugin of registry.enabled) {
      for (const [key, definition] of Object.entries(plugin.settings ?? {})) {
        fields.push({
          plugin: plugin.id,
          pluginName: plugin.name,
          key,
          label: definition.label,
          type: definition.type,
          values: definition.type === 'enum' ? [...definition.values] : [],
          default: definition.default,
          value: await pluginSetting(user, plugin.id, key),
        })
      }
    }
    return fields
  }

  /**
   * Checks the submitted `{ plugin: { key: value } }` against the declarations
   * and stores the valid ones; a wrong value is an error on that field and
   * nothing is stored. Settings the form did not send stay as they are.
   */
  static async apply(
    user: User,
    input: unknown
  ): Promise<{ changes: SettingChange[] } | { errors: Record<string, string> }> {
    const submitted = (input && typeof input === 'object' ? input : {}) as Record<
      string,
      Record<string, unknown> | undefined
    >
    const fields = await this.fields(user)
    const errors: Record<string, string> = {}
    const changes: SettingChange[] = []
    const next = structuredClone(user.pluginSettings ?? {})

    for (const field of fields) {
      const raw = submitted[field.plugin]?.[field.key]
      if (raw === undefined) continue
      const value = this.#parse(field, raw)
      if (value === undefined) {
        errors[`settings.${field.plugin}.${field.key}`] =
          field.type === 'boolean' ? 'boolean' : 'enum'
        continue
      }
      if (value !== field.value)
        changes.push({ setting: `${field.plugin}.${field.key}`, from: field.value, to: value })
      next[field.plugin] = { ...next[field.plugin], [field.key]: value }
    }

    if (Object.keys(errors).length) return { errors }
    if (changes.length) {
      user.pluginSettings = next
      await user.save()
    }
    return { changes }
  }

  static #parse(field: SettingField, raw: unknown): SettingValue | undefined {
    if (field.type === 'boolean') {
      if (typeof raw === 'boolean') return raw
      if (raw === 'true' || raw === 'false') return raw === 'true'
      return undefined
    }
    return typeof raw === 'string' && field.values.includes(raw) ? raw : undefined
  }
}
