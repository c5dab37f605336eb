import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * node ace make:plugin <id> — scaffolds plugins/<id> with both halves, and
 * enables it in config/plugins.ts. Customers: list, detail, nav entry,
 * dashboard widget. Staff: list, create/edit form with an optional private
 * file, delete with a confirmation, audit entries. Plus migration, model,
 * German and English texts and tests. `--no-admin` leaves out the staff half
 * (and the file), `--no-file` the file. Run `node ace migration:run` afterwards.
 */
export default class MakePlugin extends BaseCommand {
  static commandName = 'make:plugin'
  static description = 'Create a portal plugin that works at once, and enable it'
  static options: CommandOptions = { startApp: false }

  @args.string({ description: 'Plugin id: lower-case letters, digits and _ (e.g. project_notes)' })
  declare id: string

  @flags.boolean({
    description: 'Scaffold the staff half (list, form, delete, audit)',
    default: true,
    showNegatedVariantInHelp: true,
  })
  declare admin: boolean

  @flags.boolean({
    description: 'Give each entry an optional private file',
    default: true,
    showNegatedVariantInHelp: true,
  })
  declare file: boolean

  async run() {
    const { scaffoldNames } = await import('#plugin_kit/scaffold/names')
    const { scaffoldFiles } = await import('#plugin_kit/scaffold/templates')
    const { formatGenerated } = await import('#plugin_kit/scaffold/format')
    const { PLUGIN_ID, RESERVED_IDS } = await import('#plugin_kit/validate_manifests')

    if (!PLUGIN_ID.test(this.id)) {
      this.logger.error(
        'The id must be 2-31 characters: lower-case letters, digits and _, starting with a letter'
      )
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

    const parts = { admin: this.admin, file: this.admin && this.file }
    for (const [path, content] of Object.entries(
      await scaffoldFiles(scaffoldNames(this.id), parts)
    )) {
      const target = join(root, path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, await formatGenerated(target, content))
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
