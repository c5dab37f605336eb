import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace make:plugin <id> — scaffolds plugins/<id> with a working page,
 * nav entry, dashboard widget, migration, translations and tests, and enables
 * it in config/plugins.ts. Run `node ace migration:run` afterwards.
 */
export default class MakePlugin extends BaseCommand {
  static commandName = 'make:plugin'
  static description = 'Create a portal plugin that works at once, and enable it'
  static options: CommandOptions = { startApp: false }

  @args.string({ description: 'Plugin id: lower-case letters, digits and _ (e.g. project_notes)' })
  declare id: string

  async run() {
    const { scaffoldNames } = await import('#core/scaffold/names')
    const { scaffoldFiles } = await import('#core/scaffold/templates')
    const { PLUGIN_ID, RESERVED_IDS } = await import('#core/validate_manifests')

    if (!PLUGIN_ID.test(this.id)) {
      this.logger.error('The id must be 2-31 characters: lower-case letters, digits and _, starting with a letter')
      this.exitCode = 1
      return
    }
    if (RESERVED_IDS.has(this.id)) {
      this.logger.error(`"${this.id}" is reserved by the core; choose another id`)
      this.exitCode = 1
      return
    }
    const root = this.app.makePath('plugins', this.id)
    if (existsSync(root)) {
      this.logger.error(`plugins/${this.id} already exists`)
      this.exitCode = 1
      return
    }

    for (const [path, content] of Object.entries(scaffoldFiles(scaffoldNames(this.id)))) {
      const target = join(root, path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
      this.logger.action(`create plugins/${this.id}/${path}`).succeeded()
    }
    await this.#enable()
    this.logger.success(`Plugin "${this.id}" created and enabled. Next: node ace migration:run`)
  }

  /** Adds the plugin's line at the end of config/plugins.ts. */
  async #enable() {
    const configPath = this.app.configPath('plugins.ts')
    const config = await readFile(configPath, 'utf8')
    const line = `  ${this.id}: () => import('#plugins/${this.id}/manifest'),\n`
    const closing = config.lastIndexOf('})')
    await writeFile(configPath, config.slice(0, closing) + line + config.slice(closing))
    this.logger.action('update config/plugins.ts').succeeded()
  }
}
