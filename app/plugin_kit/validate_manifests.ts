import semver from 'semver'
import type { PortalPluginManifest } from '#plugin_kit/types'
import PluginManifestException from '#plugin_kit/plugin_manifest_exception'

/** Names the core uses itself: a plugin may not take them as its namespace. */
/** Plugin ids: 2-31 characters, lower-case letters, digits and _, starting with a letter. */
export const PLUGIN_ID = /^[a-z][a-z0-9_]{1,30}$/

export const RESERVED_IDS = new Set([
  'account',
  'admin',
  'auth',
  'dashboard',
  'dev',
  'errors',
  'login',
  'logout',
  'core',
  'ui',
])

/**
 * Checks every enabled manifest before the portal starts and fails closed
 * with a message naming the plugin: id and key agree, ids are unique and
 * well-formed, versions are semver, the core version is in range, and every
 * dependency is enabled, acyclic and listed earlier (migrations run in list
 * order).
 */
export function validateManifests(
  entries: [key: string, manifest: PortalPluginManifest][],
  coreVersion: string
) {
  const seen = new Map<string, number>()

  entries.forEach(([key, manifest], index) => {
    const id = manifest?.id
    if (!id || typeof id !== 'string')
      throw new PluginManifestException(key, 'the manifest has no id')
    if (id !== key)
      throw new PluginManifestException(
        key,
        `is listed as "${key}" but its manifest says id "${id}"`
      )
    if (!PLUGIN_ID.test(id)) {
      throw new PluginManifestException(
        id,
        'ids are 2-31 characters: lower-case letters, digits and _'
      )
    }
    if (RESERVED_IDS.has(id))
      throw new PluginManifestException(id, 'this id is reserved by the core')
    if (seen.has(id)) throw new PluginManifestException(id, 'is enabled twice (duplicate id)')
    if (!semver.valid(manifest.version))
      throw new PluginManifestException(id, `version "${manifest.version}" is not semver`)
    if (!semver.validRange(manifest.core))
      throw new PluginManifestException(id, `core range "${manifest.core}" is not a semver range`)
    if (!semver.satisfies(coreVersion, manifest.core)) {
      throw new PluginManifestException(
        id,
        `needs core ${manifest.core}, this portal is ${coreVersion}`
      )
    }
    seen.set(id, index)
  })

  const byId = new Map(entries.map(([, manifest]) => [manifest.id, manifest]))
  for (const [, manifest] of entries) {
    assertNoCycle(manifest, byId, [])
    for (const dependency of manifest.dependencies ?? []) {
      if (!byId.has(dependency)) {
        throw new PluginManifestException(
          manifest.id,
          `depends on "${dependency}", which is unknown or not enabled`
        )
      }
      if (seen.get(dependency)! > seen.get(manifest.id)!) {
        throw new PluginManifestException(
          manifest.id,
          `depends on "${dependency}": list "${dependency}" before it in config/plugins.ts`
        )
      }
    }
  }
}

function assertNoCycle(
  manifest: PortalPluginManifest,
  byId: Map<string, PortalPluginManifest>,
  path: string[]
) {
  if (path.includes(manifest.id)) {
    throw new PluginManifestException(
      manifest.id,
      `has a dependency cycle: ${[...path, manifest.id].join(' -> ')}`
    )
  }
  for (const dependency of manifest.dependencies ?? []) {
    const next = byId.get(dependency)
    if (next) assertNoCycle(next, byId, [...path, manifest.id])
  }
}
