import { Exception } from '@adonisjs/core/exceptions'

/** A plugin that cannot be enabled: the portal refuses to start and says why. */
export default class PluginManifestException extends Exception {
  static status = 500
  static code = 'E_PLUGIN_MANIFEST'

  constructor(pluginId: string, problem: string) {
    super(`Plugin "${pluginId}": ${problem}`)
  }
}
