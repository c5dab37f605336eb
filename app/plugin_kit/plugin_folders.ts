import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const pluginsRoot = new URL('../../plugins/', import.meta.url)

/**
 * Plugin folders that exist on disk, enabled first in config order, then the
 * rest alphabetically. Migrations of disabled plugins stay on the list so
 * their tables stay and the migration history stays consistent.
 */
export function pluginFolders(enabledInOrder: string[]) {
  const onDisk = existsSync(pluginsRoot)
    ? readdirSync(pluginsRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : []
  const enabled = enabledInOrder.filter((id) => onDisk.includes(id))
  const disabled = onDisk.filter((id) => !enabled.includes(id)).sort()
  return [...enabled, ...disabled]
}

export function pluginPath(id: string, ...segments: string[]) {
  return fileURLToPath(new URL([id, ...segments].join('/'), pluginsRoot))
}
