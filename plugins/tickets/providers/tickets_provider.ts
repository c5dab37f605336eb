import edge from 'edge.js'
import { pluginPath } from '#core/plugin_folders'
import type { PluginProvider } from '#core/types'

/** Makes the plugin's mail templates available as "tickets::emails/...". */
export default class TicketsProvider implements PluginProvider {
  boot() {
    edge.mount('tickets', pluginPath('tickets', 'resources', 'views'))
  }
}
