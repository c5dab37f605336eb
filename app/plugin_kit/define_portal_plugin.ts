import type { PortalPluginManifest } from '#plugin_kit/types'

/**
 * Declares a plugin. Identity function: it exists for the types and so that
 * every manifest reads the same way.
 *
 * @example
 * export default definePortalPlugin({ id: 'notes', name: 'notes.name', version: '1.0.0', core: '^0.1.0' })
 */
export function definePortalPlugin<const M extends PortalPluginManifest>(manifest: M): M {
  return manifest
}

/** config/plugins.ts: one line per enabled plugin, in dependency order. */
export function definePluginsConfig<
  const C extends Record<string, () => Promise<{ default: PortalPluginManifest }>>,
>(plugins: C) {
  return plugins
}
