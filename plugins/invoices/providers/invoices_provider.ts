import edge from 'edge.js'
import { pluginPath } from '#core/plugin_folders'
import type { PluginProvider } from '#core/types'

/** Makes the plugin's mail templates available as "invoices::emails/...". */
export default class InvoicesProvider implements PluginProvider {
  boot() {
    edge.mount('invoices', pluginPath('invoices', 'resources', 'views'))
  }
}
