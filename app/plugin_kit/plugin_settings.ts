import app from '@adonisjs/core/services/app'
import type User from '#models/user'
import PluginRegistry from '#plugin_kit/plugin_registry'

type SettingValue = string | boolean

/**
 * A user's value of a plugin setting, or the plugin's default. Reading an
 * undeclared setting is a programming error, not a user error.
 */
export async function pluginSetting(
  user: Pick<User, 'pluginSettings'>,
  pluginId: string,
  key: string
): Promise<SettingValue> {
  const registry = await app.container.make(PluginRegistry)
  const definition = registry.setting(pluginId, key)
  if (!definition) throw new Error(`Plugin "${pluginId}" declares no setting "${key}"`)
  const stored = (user.pluginSettings ?? {})[pluginId]?.[key]
  if (definition.type === 'boolean')
    return typeof stored === 'boolean' ? stored : definition.default
  return typeof stored === 'string' && definition.values.includes(stored)
    ? stored
    : definition.default
}

/** Parses "own" / "true" for a setting, or returns an error message for the operator. */
export function parseSettingValue(
  definition: NonNullable<ReturnType<PluginRegistry['setting']>>,
  raw: string
): { value: SettingValue } | { error: string } {
  if (definition.type === 'boolean') {
    if (raw === 'true' || raw === 'false') return { value: raw === 'true' }
    return { error: 'expects true or false' }
  }
  if (definition.values.includes(raw)) return { value: raw }
  return { error: `expects one of: ${definition.values.join(', ')}` }
}
